#include "FrontMatterReader.h"

#include "PostsText.h"

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QRegularExpression>

#include <sstream>
#include <string>

namespace digest {

namespace {

struct Delimiters {
    FrontMatter::Format format = FrontMatter::Format::None;
    int openLine = 0;          // 0-based line index of the opening delimiter
    int closeLine = 0;         // 0-based line index of the closing delimiter
    qsizetype textBegin = 0;   // byte range of the front matter text
    qsizetype textEnd = 0;
    qsizetype bodyBegin = 0;   // first byte of the body
};

// Finds the delimiter lines. Lines are compared without trailing spaces/CR.
Delimiters findDelimiters(const QByteArray& bytes)
{
    Delimiters d;
    qsizetype pos = 0;
    int line = 0;
    auto nextLine = [&](qsizetype from, qsizetype* end) {
        qsizetype nl = bytes.indexOf('\n', from);
        *end = nl < 0 ? bytes.size() : nl;
        return QByteArray::fromRawData(bytes.constData() + from, *end - from).trimmed();
    };
    // Skip blank lines before the opening delimiter (a Hexo post starts with one).
    qsizetype end = 0;
    QByteArray text;
    while (pos < bytes.size()) {
        text = nextLine(pos, &end);
        if (!text.isEmpty())
            break;
        pos = end + 1;
        ++line;
    }
    if (pos >= bytes.size())
        return d;
    QByteArray delimiter;
    if (text == "+++")
        delimiter = "+++";
    else if (text == "---")
        delimiter = "---";
    else
        return d;
    const int openLine = line;
    const qsizetype textBegin = end + 1;
    pos = textBegin;
    ++line;
    while (pos <= bytes.size()) {
        if (pos == bytes.size())
            break;
        text = nextLine(pos, &end);
        if (text == delimiter || (delimiter == "---" && text == "...")) {
            d.format = delimiter == "+++" ? FrontMatter::Format::Toml : FrontMatter::Format::Yaml;
            d.openLine = openLine;
            d.closeLine = line;
            d.textBegin = std::min(textBegin, bytes.size());
            d.textEnd = pos;
            d.bodyBegin = std::min(end + 1, bytes.size());
            return d;
        }
        pos = end + 1;
        ++line;
    }
    // Unclosed: report it as TOML error for `+++`; `---` may be a thematic break.
    if (delimiter == "+++") {
        d.format = FrontMatter::Format::Toml;
        d.openLine = openLine;
        d.closeLine = -1;
    }
    return d;
}

QJsonValue tomlToJson(const toml::node& node)
{
    if (const auto* t = node.as_table()) {
        QJsonObject o;
        for (const auto& [key, value] : *t)
            o.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), tomlToJson(value));
        return o;
    }
    if (const auto* a = node.as_array()) {
        QJsonArray arr;
        for (const auto& v : *a)
            arr.append(tomlToJson(v));
        return arr;
    }
    if (const auto* s = node.as_string())
        return QString::fromStdString(s->get());
    if (const auto* i = node.as_integer())
        return double(i->get());
    if (const auto* f = node.as_floating_point())
        return f->get();
    if (const auto* b = node.as_boolean())
        return b->get();
    // Dates, times and datetimes are kept as their TOML (RFC 3339) text.
    std::ostringstream os;
    if (const auto* d = node.as_date())
        os << d->get();
    else if (const auto* tm = node.as_time())
        os << tm->get();
    else if (const auto* dt = node.as_date_time())
        os << dt->get();
    return QString::fromStdString(os.str());
}

QJsonValue yamlToJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto& kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), yamlToJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray arr;
        for (const auto& v : node)
            arr.append(yamlToJson(v));
        return arr;
    }
    case YAML::NodeType::Scalar: {
        const QString s = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")  // quoted: always a string
            return s;
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]{1,15}$"));
        if (s == QLatin1String("true") || s == QLatin1String("false"))
            return s == QLatin1String("true");
        if (integer.match(s).hasMatch())
            return s.toDouble();
        return s;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

}  // namespace

bool FrontMatterReader::hasFrontMatter(const QByteArray& bytes)
{
    const Delimiters d = findDelimiters(posts::withoutUtf8Bom(bytes));
    return d.format != FrontMatter::Format::None;
}

FrontMatter FrontMatterReader::read(const QByteArray& bytes)
{
    FrontMatter fm;
    const Delimiters d = findDelimiters(bytes);
    if (d.format == FrontMatter::Format::None) {
        fm.body = bytes;
        return fm;
    }
    fm.format = d.format;
    if (d.closeLine < 0) {
        fm.error = tr("TOML front matter opened with +++ is never closed");
        fm.errorLine = d.openLine + 1;
        return fm;
    }
    fm.body = bytes.mid(d.bodyBegin);
    fm.bodyLineOffset = d.closeLine + 1;
    const std::string text(bytes.constData() + d.textBegin, size_t(d.textEnd - d.textBegin));
    // Line 1 of the front matter text is file line openLine + 2.
    const int firstTextLine = d.openLine + 2;

    if (d.format == FrontMatter::Format::Toml) {
        try {
            const toml::table table = toml::parse(text);
            fm.data = tomlToJson(table).toObject();
        } catch (const toml::parse_error& e) {
            fm.error = tr("invalid TOML front matter: %1")
                           .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())));
            fm.errorLine = firstTextLine + int(e.source().begin.line) - 1;
        }
        return fm;
    }

    try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsMap())
            fm.data = yamlToJson(root).toObject();
        else if (!root.IsNull() && root.IsDefined()) {
            fm.error = tr("invalid YAML front matter: expected key: value pairs");
            fm.errorLine = firstTextLine;
        }
    } catch (const YAML::Exception& e) {
        fm.error = tr("invalid YAML front matter: %1").arg(QString::fromStdString(e.msg));
        fm.errorLine = e.mark.line >= 0 ? firstTextLine + e.mark.line : d.openLine + 1;
    }
    return fm;
}

}  // namespace digest
