#pragma once
// "digest_rank": an FTS5 ranking function for the reader's search. It is
// Okapi BM25 (k1 = 1.2, b = 0.75, per-column weights as for bm25()) with the
// inverse document frequency left out. Why: FTS5's bm25() works out each
// phrase's document frequency by walking that phrase's whole doclist on the
// first row of every query — for a name in 10,000 items, with its aliases
// OR-ed in, that made ranking 3,000 rows cost 15–65% more (2.69 vs 2.35 ms
// for 谷歌, 4.67 vs 2.85 ms for OpenAI on 120,000 items). Our
// queries are mostly one name and its aliases, where IDF weighs every matching
// row alike; for several AND-ed words it would favour the rarer word, which
// the title weight and term frequency largely do anyway.

struct sqlite3;

namespace digest::search {

// Registers digest_rank(fts_table, weight_col0, weight_col1, …) on the connection.
void registerDigestRank(sqlite3* db);

}  // namespace digest::search
