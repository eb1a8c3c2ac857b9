#pragma once
// The companies, labs and models digests talk about, and every name they go
// by: Chinese, English, and the forms speech recognition produces (知补 for
// 智谱, 千万3 for 千问3). Loaded from resources/entities.toml plus an optional
// user file in the config folder that adds or overrides entries:
//
//   [[entity]]
//   name    = "Qwen"                       # canonical name, unique
//   kind    = "model"                      # company | model | lab | organisation | product
//   maker   = "Alibaba"                    # models/products: who makes it (must exist)
//   aliases = ["千问", "通义千问"]          # other written names
//   asr     = ["Qins"]                     # speech-recognition forms (optional)
//
// Names are compared the way the search tokenizer sees them (NFKC case
// folding, letter/digit splits), so "Gemini 1.5 Pro", gemini-1.5-pro and
// Gemini1.5Pro are one name.

#include "QueryParser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace digest::search {

enum class EntityKind { Company, Model, Lab, Organisation, Product };

struct Entity {
    QString name;
    EntityKind kind = EntityKind::Company;
    QString maker;          // canonical name of the maker; empty when none
    QStringList aliases;    // written names other than `name`
    QStringList asrForms;   // speech-recognition forms
    bool joinsFamily = true;  // models: false (`family = false`) keeps it out of any family by name
    QString sourceFile;     // where the entry was defined (for messages)
    int line = 0;
};

struct EntityMention {
    QString name;  // canonical entity name
    int count = 0;
    bool operator==(const EntityMention&) const = default;
};

// A problem found while loading, worded as file:line:column: message.
struct DictionaryProblem {
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const;
};

class EntityDictionary {
public:
    EntityDictionary();
    ~EntityDictionary();
    EntityDictionary(EntityDictionary&&) noexcept;
    EntityDictionary& operator=(EntityDictionary&&) noexcept;

    // Loads the built-in file, then the user file (may be empty or missing).
    // Bad entries are reported in problems() and skipped; the rest loads.
    // Returns false only when the built-in file cannot be read or parsed.
    bool load(const QString& builtinPath, const QString& userPath = {});

    const QList<DictionaryProblem>& problems() const { return m_problems; }
    QStringList problemMessages() const;

    int size() const { return int(m_entities.size()); }
    const QList<Entity>& entities() const { return m_entities; }

    // By canonical name, alias or ASR form, case/width/spelling-insensitive.
    const Entity* lookup(const QString& nameOrAlias) const;

    // The models of a model family, by canonical name: the models of the
    // same maker whose canonical name starts with this model's, word by word
    // as search sees them (Gemini: Gemini 1.5 Pro, Gemini 2.5 Pro, Gemini 3;
    // Qwen: Qwen3 and Qwen3-TTS; GLM-4.7: GLM-4.7-Flash, not GLM-4.5), except
    // models marked `family = false` (GPT-4o is not counted as a GPT-4).
    // Empty for other kinds, unknown names, models without a maker, and for
    // an alias that names one version of the model ("Llama 2": the alias's
    // words extend the canonical name's), which stands for that version, not
    // the family. model: and the entity pages count a family with the model.
    QStringList familyOf(const QString& nameOrAlias) const;

    // Every canonical name, alias and ASR form (e.g. for GluedNames).
    QStringList allNames() const;

    // Canonical name first, then aliases, then (optionally) ASR forms.
    // Empty when the name is unknown.
    QStringList aliasesOf(const QString& nameOrAlias, bool includeAsrForms = true) const;

    // How often each entity is mentioned, most mentioned first. Latin names
    // match at token boundaries only (GLM in GLM4.7Flash, never in "GLMX"),
    // CJK names anywhere; overlapping names count once, the longest winning
    // (通义千问 is one mention of Qwen, not also 千问). Names inside web and
    // mail addresses are not mentions (github.com is not GitHub).
    QList<EntityMention> findMentions(const QString& text) const;

    // Model-like names (letters with a version number: LFM2.5Thinking,
    // Gen4.5, GLM-4.7-Flash) the dictionary does not know, in order of
    // first appearance. Candidates for the user to add.
    QStringList discoverModelNames(const QString& text) const;

    // For QueryParser: the aliases (and ASR forms) of a known name.
    QueryParser::AliasExpander aliasExpander() const;

    static QString kindName(EntityKind kind);
    static std::optional<EntityKind> kindFromName(const QString& name);

    // The form names are compared in: the query-mode tokens joined.
    static QByteArray nameKey(const QString& name);

private:
    struct Trie;
    void rebuildIndex();

    QList<Entity> m_entities;
    QHash<QByteArray, int> m_byKey;  // name/alias/ASR key → index in m_entities
    QHash<int, QList<int>> m_families;  // model index → its family's members (indices)
    std::unique_ptr<Trie> m_trie;
    QList<DictionaryProblem> m_problems;
};

}  // namespace digest::search
