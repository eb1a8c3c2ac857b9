#pragma once
// A small table printer for digest-bench: aligned plain text for terminals
// (CJK counted as two columns) or GitHub Markdown for docs.

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace digest::bench {

class BenchTable {
public:
    BenchTable(QString title, QStringList headers) : m_title(std::move(title)), m_headers(std::move(headers)) {}

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    // Text printed under the table (units, what a column means).
    void addNote(const QString& note) { m_notes.append(note); }

    QString render(bool markdown) const;

private:
    QString m_title;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QStringList m_notes;
};

// Terminal columns a string takes (East Asian wide characters count two).
int displayWidth(const QString& s);

// "0.42 ms", "12.3 ms", "850 ms", "12.4 s".
QString formatDuration(double ms);
// "12.3 MB" style, powers of 1024 shown as KiB/MiB/GiB.
QString formatBytes(qint64 bytes);
// "3.2×", "≥1000×".
QString formatRatio(double ratio);

// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 when empty.
double percentile(std::vector<double> samples, double p);

}  // namespace digest::bench
