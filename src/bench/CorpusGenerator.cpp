#include "CorpusGenerator.h"

#include "CorpusPhrases.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>

#include <random>
#include <stdexcept>
#include <string>

namespace digest::bench {

namespace {

namespace ph = phrases;

const QDate kFirstDate(2016, 1, 1);
const QDate kLastDate(2026, 1, 22);

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Draws straight from the engine: std::uniform_int_distribution is
// implementation-defined, which would make the bytes depend on the library.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    std::size_t below(std::size_t n) { return n <= 1 ? 0 : static_cast<std::size_t>(m_engine() % n); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    bool percent(int p) { return static_cast<int>(below(100)) < p; }
    template <typename T>
    const T& pick(std::span<const T> items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_engine;
};

// What the placeholders of one item's templates refer to.
struct ItemSubject {
    const ph::Company* company = nullptr;
    const ph::Model* model = nullptr;
    const ph::Company* other = nullptr;
    const ph::Model* otherModel = nullptr;
    int year = 2024;
};

const ph::Company& pickCompany(Rng& rng)
{
    static const int total = [] {
        int t = 0;
        for (const auto& c : ph::companies())
            t += c.weight;
        return t;
    }();
    int r = static_cast<int>(rng.below(static_cast<std::size_t>(total)));
    for (const auto& c : ph::companies()) {
        if (r < c.weight)
            return c;
        r -= c.weight;
    }
    return ph::companies().front();
}

const ph::Model& pickModel(Rng& rng, const ph::Company& c)
{
    // The flagship (first) model is written about most.
    if (rng.percent(45))
        return c.models.front();
    return rng.pick(c.models);
}

// A name as a digest writes it: mostly the canonical form, sometimes another.
const char* spell(Rng& rng, std::span<const char* const> forms, int canonicalPercent)
{
    return rng.percent(canonicalPercent) ? forms.front() : rng.pick(forms);
}

std::string percentText(Rng& rng)
{
    const int whole = rng.between(3, 98);
    if (rng.percent(50))
        return std::to_string(whole) + "%";
    return std::to_string(whole) + "." + std::to_string(rng.between(1, 9)) + "%";
}

std::string paramText(Rng& rng)
{
    static const char* const forms[] = {"7B", "13B", "34B", "70B", "405B", "671B", "1.5B",
                                        "70亿", "130亿", "1300亿", "千亿", "万亿"};
    return rng.pick(std::span<const char* const>(forms));
}

std::string expand(Rng& rng, const char* tmpl, const ItemSubject& s)
{
    std::string out;
    const std::string_view t(tmpl);
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] != '{') {
            out += t[i++];
            continue;
        }
        const std::size_t close = t.find('}', i);
        // A brace left open in the phrases is a bug to report: carrying on
        // would wrap `i` (npos + 1) back to 0 and loop forever.
        if (close == std::string_view::npos)
            throw std::logic_error("unclosed placeholder " + std::string(t.substr(i)) + " in corpus phrases");
        const std::string_view key = t.substr(i + 1, close - i - 1);
        i = close + 1;
        if (key == "C")
            out += spell(rng, s.company->aliases, 60);
        else if (key == "M")
            out += spell(rng, s.model->spellings, 50);
        else if (key == "C2")
            out += spell(rng, s.other->aliases, 60);
        else if (key == "M2")
            out += spell(rng, s.otherModel->spellings, 50);
        else if (key == "N")
            out += std::to_string(rng.between(2, 20));
        else if (key == "N2")
            out += std::to_string(rng.between(100, 999));
        else if (key == "P")
            out += percentText(rng);
        else if (key == "B")
            out += paramText(rng);
        else if (key == "Y")
            out += std::to_string(s.year);
        else if (key == "F")
            out += rng.pick(ph::fields());
        else if (key == "T")
            out += rng.pick(ph::techniques());
        else if (key == "O")
            out += rng.pick(ph::institutions());
        else if (key == "CITY")
            out += rng.pick(ph::cities());
        else if (key == "BENCH")
            out += rng.pick(ph::benchmarks());
        else if (key == "PROD")
            out += rng.pick(ph::productForms());
        else
            throw std::logic_error("unknown placeholder {" + std::string(key) + "} in corpus phrases");
    }
    return out;
}

// What an item is about: a company and one of its models, and another
// company and model for comparisons.
ItemSubject pickSubject(Rng& rng, int year)
{
    ItemSubject s;
    s.year = year;
    s.company = &pickCompany(rng);
    s.model = &pickModel(rng, *s.company);
    do
        s.other = &pickCompany(rng);
    while (s.other == s.company);
    s.otherModel = &pickModel(rng, *s.other);
    return s;
}

// subject + predicate + object + tail, sometimes set in a field or naming the company.
std::string composedSentence(Rng& rng, const ItemSubject& s)
{
    std::string out;
    const int opener = static_cast<int>(rng.below(10));
    if (opener < 3)
        out += std::string("在") + rng.pick(ph::fields()) + "领域，";
    else if (opener == 3)
        out += std::string("据") + rng.pick(ph::cities()) + "媒体报道，";
    else if (opener == 4)
        out += "与此同时，";
    out += rng.pick(ph::subjects());
    if (rng.percent(20))
        out += expand(rng, "围绕{C}的{M}", s);
    out += rng.pick(ph::predicates());
    out += rng.pick(ph::objects());
    out += expand(rng, rng.pick(ph::tails()), s);
    return out;
}

std::string sentence(Rng& rng, const ItemSubject& s)
{
    if (rng.percent(2))
        return rng.pick(ph::nearMisses());
    const int kind = static_cast<int>(rng.below(100));
    if (kind < 35)
        return expand(rng, rng.pick(ph::entitySentences()), s);
    if (kind < 70)
        return expand(rng, rng.pick(ph::generalSentences()), s);
    return composedSentence(rng, s);
}

std::string tomlString(const QString& s)
{
    std::string out = "\"";
    for (char c : s.toStdString()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string articleId(Rng& rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::string id;
    for (int i = 0; i < 16; ++i)
        id += alphabet[rng.below(36)];
    return id;
}

}  // namespace

CorpusGenerator::CorpusGenerator(int postCount, std::uint64_t seed)
    : m_postCount(postCount < 1 ? 1 : postCount), m_seed(seed)
{
}

QString CorpusGenerator::firstDate() { return kFirstDate.toString(Qt::ISODate); }
QString CorpusGenerator::lastDate() { return kLastDate.toString(Qt::ISODate); }

GeneratedPost CorpusGenerator::post(int index) const
{
    if (index < 0 || index >= m_postCount)
        throw std::out_of_range("CorpusGenerator::post: index out of range");

    // Dates spread evenly (and increasing) over the ten years; several posts
    // may share a day, told apart by a suffix on the slug.
    const qint64 span = kFirstDate.daysTo(kLastDate);
    const auto dayOf = [&](int i) { return m_postCount == 1 ? span : qint64(i) * span / (m_postCount - 1); };
    const qint64 day = dayOf(index);
    int ordinal = 1;
    for (int j = index - 1; j >= 0 && dayOf(j) == day; --j)
        ++ordinal;
    const QDate date = kFirstDate.addDays(day);

    Rng rng(splitmix64(m_seed ^ splitmix64(std::uint64_t(index) + 1)));

    GeneratedPost p;
    p.date = date.toString(Qt::ISODate);
    p.slug = QStringLiteral("ai") + date.toString(QStringLiteral("yyyyMMdd"))
             + (ordinal > 1 ? QStringLiteral("-%1").arg(ordinal) : QString());
    p.relativePath = QStringLiteral("%1/%2.md").arg(date.year()).arg(p.slug);

    // Items first: the title and headline list are made from their headings.
    struct Item {
        std::string heading, body;
    };
    std::vector<Item> items;
    const int itemCount = rng.between(9, 15);
    QSet<QString> seenHeadings;
    for (int n = 0; n < itemCount; ++n) {
        const ItemSubject s = pickSubject(rng, date.year());

        std::string heading;
        for (int attempt = 0; attempt < 8; ++attempt) {
            heading = expand(rng, rng.pick(ph::headlines()), s);
            if (!seenHeadings.contains(QString::fromStdString(heading)))
                break;
        }
        if (seenHeadings.contains(QString::fromStdString(heading)))
            heading += "（" + std::to_string(n + 1) + "）";
        seenHeadings.insert(QString::fromStdString(heading));

        std::string body;
        if (rng.percent(12)) {
            ++p.imageCount;
            body += "![" + heading + "](https://img.example.com/" + std::to_string(date.year()) + "/"
                    + p.slug.toStdString() + "-" + std::to_string(n + 1) + ".jpg)\n\n";
        }
        const int sentences = rng.between(2, 5);
        const int paragraphBreak = (sentences >= 4 && rng.percent(30)) ? rng.between(2, sentences - 1) : -1;
        body += expand(rng, rng.pick(ph::leadSentences()), s);
        for (int k = 1; k < sentences; ++k) {
            if (k == paragraphBreak)
                body += "\n\n";
            body += sentence(rng, s);
        }
        // One draw per statement: the operands of + are unsequenced.
        const std::string linkText = rng.pick(ph::linkTexts());
        const std::string linkHost = rng.pick(ph::linkHosts());
        const std::string linkId = articleId(rng);
        body += "（[" + linkText + "](" + linkHost + linkId + ".html)）";
        items.push_back({std::move(heading), std::move(body)});
    }

    // Title: "[AI资讯·MMDD] " and the first headlines, as the real digests do.
    std::string title = "[AI资讯·" + date.toString(QStringLiteral("MMdd")).toStdString() + "] ";
    const int inTitle = rng.between(1, 3);
    for (int n = 0; n < inTitle; ++n)
        title += (n ? "，" : "") + items[std::size_t(n)].heading;
    p.title = QString::fromStdString(title);

    QStringList tags;
    tags << QStringLiteral("AI") << QStringLiteral("AI资讯");
    const int extraTags = rng.between(0, 3);
    for (int n = 0; n < extraTags; ++n) {
        const QString t = QString::fromUtf8(rng.pick(ph::issueTags()));
        if (!tags.contains(t))
            tags << t;
    }
    const bool dailyCategory = rng.percent(15);

    std::string md;
    md.reserve(16 * 1024);
    md += "+++\n";
    md += "slug = " + tomlString(p.slug) + "\n";
    md += "date = " + tomlString(p.date) + "\n";
    md += "lastmod = " + tomlString(p.date) + "\n";
    md += "title = " + tomlString(p.title) + "\n";
    md += "description = \"\"\n";
    md += "image = " + tomlString(p.slug + QStringLiteral("-00.jpg")) + "\n";
    md += "tags = [";
    for (int n = 0; n < tags.size(); ++n)
        md += (n ? ", " : " ") + tomlString(tags[n]);
    md += " ]\n";
    md += dailyCategory ? "categories = [ \"每日AI\", \"AI大模型\" ]\n" : "categories = [ \"AI资讯\" ]\n";
    md += "+++\n\n";

    if (rng.percent(90)) {
        md += "## AI资讯\n\n";
        for (const Item& it : items)
            md += " - " + it.heading + "\n";
        md += "\n";
    }
    for (const Item& it : items) {
        md += "## " + it.heading + "\n\n" + it.body + "\n\n";
        p.headlines << QString::fromStdString(it.heading);
    }
    if (rng.percent(85))
        md += std::string("---\n\n") + rng.pick(ph::footers());

    p.markdown = QByteArray::fromStdString(md);
    return p;
}

QString CorpusGenerator::expandTemplate(const char* phraseTemplate, std::uint64_t seed)
{
    Rng rng(seed);
    const ItemSubject s = pickSubject(rng, kLastDate.year());
    return QString::fromStdString(expand(rng, phraseTemplate, s));
}

CorpusStats CorpusGenerator::write(const QString& outDir) const
{
    CorpusStats stats;
    QDir root(outDir);
    if (!root.mkpath(QStringLiteral(".")))
        throw std::runtime_error("cannot create " + outDir.toStdString());
    QSet<QString> madeDirs;
    for (int i = 0; i < m_postCount; ++i) {
        const GeneratedPost p = post(i);
        const QString dir = p.relativePath.section(QLatin1Char('/'), 0, 0);
        if (!madeDirs.contains(dir)) {
            if (!root.mkpath(dir))
                throw std::runtime_error("cannot create " + root.filePath(dir).toStdString());
            madeDirs.insert(dir);
        }
        const QString path = root.filePath(p.relativePath);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(p.markdown) != p.markdown.size())
            throw std::runtime_error("cannot write " + path.toStdString());
        stats.posts += 1;
        stats.items += int(p.headlines.size());
        stats.images += p.imageCount;
        stats.bytes += p.markdown.size();
        stats.files << path;
    }
    return stats;
}

}  // namespace digest::bench
