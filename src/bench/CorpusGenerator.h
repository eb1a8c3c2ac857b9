#pragma once
// A synthetic but realistic corpus of AI-news digest posts for benchmarks and
// tests: Markdown with TOML front matter, a `## AI资讯` headline list, one
// `## <headline>` section per item (Chinese prose with English model and
// company names written several ways), a `（[报道详情](…)）` source link,
// occasional remote images and a promotional footer after `---`.
//
// Every post depends only on (seed, index, post count): post n is generated
// from its own std::mt19937_64 seeded from the seed and n, so the same seed
// always gives the same bytes and any post can be rebuilt on its own.
// Random numbers are drawn straight from the engine (never through the
// implementation-defined std:: distributions) so output is portable too.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace digest::bench {

struct GeneratedPost {
    QString relativePath;   // "<yyyy>/<slug>.md"
    QString slug;
    QString date;           // "YYYY-MM-DD"
    QString title;
    QStringList headlines;  // the item headings, in order
    int imageCount = 0;     // remote images in item bodies
    QByteArray markdown;    // the whole file, UTF-8
};

struct CorpusStats {
    int posts = 0;
    int items = 0;
    int images = 0;
    qint64 bytes = 0;     // raw text written, summed over files
    QStringList files;    // absolute paths, in index order
};

class CorpusGenerator {
public:
    static constexpr std::uint64_t kDefaultSeed = 20260122;
    static constexpr int kDefaultPosts = 10000;

    // postCount: the size of the corpus the posts belong to; dates are
    // spread evenly over 2016-01-01 .. 2026-01-22 across it.
    explicit CorpusGenerator(int postCount = kDefaultPosts, std::uint64_t seed = kDefaultSeed);

    int postCount() const { return m_postCount; }
    std::uint64_t seed() const { return m_seed; }

    // Post `index` (0-based, < postCount()).
    GeneratedPost post(int index) const;

    // Writes every post as <outDir>/<yyyy>/<slug>.md (creating folders).
    // Returns what was written; throws std::runtime_error when a file cannot be written.
    CorpusStats write(const QString& outDir) const;

    // One phrase template (placeholders as in CorpusPhrases.h) expanded the
    // way post() expands it, about a subject drawn from `seed`. Throws
    // std::logic_error on an unknown or unclosed placeholder. For tests of
    // the template syntax; post() does not call it.
    static QString expandTemplate(const char* phraseTemplate, std::uint64_t seed = kDefaultSeed);

    // The first and last dates of the spread.
    static QString firstDate();
    static QString lastDate();

private:
    int m_postCount;
    std::uint64_t m_seed;
};

}  // namespace digest::bench
