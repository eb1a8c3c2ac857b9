#include "BenchTable.h"

#include <algorithm>
#include <cmath>

namespace digest::bench {

int displayWidth(const QString& s)
{
    int width = 0;
    for (const char32_t c : s.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || c >= 0x20000;
        width += wide ? 2 : 1;
    }
    return width;
}

QString BenchTable::render(bool markdown) const
{
    QString out;
    if (markdown) {
        out += QStringLiteral("#### ") + m_title + QStringLiteral("\n\n");
        const auto line = [](const QStringList& cells) {
            QStringList escaped;
            for (QString c : cells)
                escaped << c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
            return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        };
        out += line(m_headers);
        QStringList rule;
        for (int i = 0; i < m_headers.size(); ++i)
            rule << (i == 0 ? QStringLiteral("---") : QStringLiteral("---:"));
        out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        for (const QStringList& r : m_rows)
            out += line(r);
        if (!m_notes.isEmpty()) {
            out += QLatin1Char('\n');
            for (const QString& n : m_notes)
                out += n + QStringLiteral("  \n");
        }
        return out + QLatin1Char('\n');
    }

    QList<int> widths;
    for (const QString& h : m_headers)
        widths << displayWidth(h);
    for (const QStringList& r : m_rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r[i]));
    const auto line = [&](const QStringList& cells) {
        QString l;
        for (int i = 0; i < widths.size(); ++i) {
            const QString c = i < cells.size() ? cells[i] : QString();
            const QString pad(widths[i] - displayWidth(c), QLatin1Char(' '));
            l += (i == 0 ? c + pad : pad + c);  // first column left, figures right
            if (i + 1 < widths.size())
                l += QStringLiteral("  ");
        }
        return l + QLatin1Char('\n');
    };
    out += m_title + QLatin1Char('\n');
    out += line(m_headers);
    int total = 0;
    for (int w : widths)
        total += w + 2;
    out += QString(std::max(0, total - 2), QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList& r : m_rows)
        out += line(r);
    for (const QString& n : m_notes)
        out += QStringLiteral("  ") + n + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString formatDuration(double ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1)
        return QString::number(ms, 'f', 3) + QStringLiteral(" ms");
    if (ms < 10)
        return QString::number(ms, 'f', 2) + QStringLiteral(" ms");
    if (ms < 100)
        return QString::number(ms, 'f', 1) + QStringLiteral(" ms");
    if (ms < 10000)
        return QString::number(ms, 'f', 0) + QStringLiteral(" ms");
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + QStringLiteral(" B");
    const char* const units[] = {"KiB", "MiB", "GiB"};
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 2) {
        v /= 1024;
        ++u;
    }
    return QString::number(v, 'f', v < 10 ? 2 : 1) + QLatin1Char(' ') + QLatin1String(units[u]);
}

QString formatRatio(double ratio)
{
    if (!std::isfinite(ratio) || ratio <= 0)
        return QStringLiteral("–");
    if (ratio >= 1000)
        return QString::number(ratio, 'f', 0) + QStringLiteral("×");
    if (ratio >= 10)
        return QString::number(ratio, 'f', 0) + QStringLiteral("×");
    return QString::number(ratio, 'f', 2) + QStringLiteral("×");
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

}  // namespace digest::bench
