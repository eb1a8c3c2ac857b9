#pragma once
// The sentence material of the synthetic corpus (CorpusGenerator): companies
// with their models (each spelled the ways digests spell them) and a few
// hundred Chinese phrase templates. Placeholders in templates:
//   {C} the item's company (any alias)   {M} one of its models (any spelling)
//   {C2} another company                 {M2} a model of another company
//   {N} 2..20  {N2} 100..999  {P} a percentage  {B} a parameter count
//   {F} an industry  {T} a technique  {O} a research institution  {CITY}
//   {BENCH} a benchmark  {PROD} a product form  {Y} the post's year

#include <span>

namespace digest::bench::phrases {

struct Model {
    std::span<const char* const> spellings;  // first is canonical
};

struct Company {
    std::span<const char* const> aliases;  // first is canonical
    std::span<const Model> models;
    int weight;  // how often items are about it
};

std::span<const Company> companies();

std::span<const char* const> headlines();        // item headings
std::span<const char* const> leadSentences();    // first sentence, about {C}/{M}
std::span<const char* const> entitySentences();  // later sentences naming {C}/{M}/{C2}/{M2}
std::span<const char* const> generalSentences(); // no entity
std::span<const char* const> nearMisses();       // a name's characters across a word boundary (认可灵活 ⊃ 可灵)
// Clause parts combined as subject + predicate + object + tail.
std::span<const char* const> subjects();
std::span<const char* const> predicates();
std::span<const char* const> objects();
std::span<const char* const> tails();

std::span<const char* const> fields();
std::span<const char* const> techniques();
std::span<const char* const> institutions();
std::span<const char* const> cities();
std::span<const char* const> benchmarks();
std::span<const char* const> productForms();
std::span<const char* const> issueTags();
std::span<const char* const> footers();      // Markdown after the closing `---`
std::span<const char* const> linkHosts();    // source-link URL prefixes
std::span<const char* const> linkTexts();    // 报道详情 and its variants

}  // namespace digest::bench::phrases
