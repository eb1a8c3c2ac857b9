#include "DigestRank.h"

#include "Sqlite.h"

#include <sqlite3.h>

#include <array>
#include <string>

namespace digest::search {

namespace {

// Per-query constant: the average length of each column, in tokens.
struct Averages {
    std::array<double, 8> avg{};
    int columns = 0;
};

void deleteAverages(void* p) { delete static_cast<Averages*>(p); }

void digestRank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    constexpr double k1 = 1.2, b = 0.75;
    auto* averages = static_cast<Averages*>(api->xGetAuxdata(fts, 0));
    if (!averages) {
        averages = new Averages;
        averages->columns = std::min(api->xColumnCount(fts), int(averages->avg.size()));
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        for (int c = 0; c < averages->columns; ++c) {
            sqlite3_int64 total = 0;
            api->xColumnTotalSize(fts, c, &total);
            averages->avg[size_t(c)] = rows > 0 ? double(total) / double(rows) : 1.0;
        }
        if (api->xSetAuxdata(fts, averages, deleteAverages) != SQLITE_OK) {
            sqlite3_result_error_code(ctx, SQLITE_NOMEM);
            return;
        }
    }
    // Term frequency per (phrase, column), from the matched instances.
    constexpr int kMaxPhrases = 64;
    const int phrases = std::min(api->xPhraseCount(fts), kMaxPhrases);
    std::array<std::array<int, 8>, kMaxPhrases> tf{};
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error_code(ctx, SQLITE_ERROR);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases
            && column < averages->columns)
            ++tf[size_t(phrase)][size_t(column)];
    }
    double score = 0;
    for (int c = 0; c < averages->columns; ++c) {
        const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
        if (weight == 0)
            continue;
        int length = 0;
        bool lengthKnown = false;
        for (int p = 0; p < phrases; ++p) {
            const int f = tf[size_t(p)][size_t(c)];
            if (f == 0)
                continue;
            if (!lengthKnown) {
                api->xColumnSize(fts, c, &length);
                lengthKnown = true;
            }
            const double norm = k1 * (1 - b + b * double(length) / std::max(averages->avg[size_t(c)], 1.0));
            score += weight * (double(f) * (k1 + 1)) / (double(f) + norm);
        }
    }
    // Negative, like bm25(): smaller is better, so ORDER BY ascending works the same.
    sqlite3_result_double(ctx, -score);
}

}  // namespace

void registerDigestRank(sqlite3* db)
{
    fts5_api* api = sql::fts5Api(db);
    const int rc = api->xCreateFunction(api, "digest_rank", nullptr, digestRank, nullptr);
    if (rc != SQLITE_OK)
        throw sql::Error(rc, "could not register digest_rank");
}

}  // namespace digest::search
