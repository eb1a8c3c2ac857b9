#include "EntityDictionary.h"

#include "DigestTokenizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <toml++/toml.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace digest::search {

// Token trie over every name, built once per load: findMentions walks it from
// each token position of the text, so the cost is linear in the text and
// independent of the number of names.
struct EntityDictionary::Trie {
    // Transparent, so findMentions looks tokens up by string_view without copying them.
    struct TokenHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Node {
        std::unordered_map<std::string, int, TokenHash, std::equal_to<>> next;
        int entity = -1;
    };
    std::vector<Node> nodes{1};
    int maxDepth = 0;

    void insert(const std::vector<std::string>& tokens, int entity)
    {
        int node = 0;
        for (const std::string& token : tokens) {
            auto it = nodes[size_t(node)].next.find(token);
            if (it == nodes[size_t(node)].next.end()) {
                nodes.emplace_back();
                const int child = int(nodes.size()) - 1;
                nodes[size_t(node)].next.emplace(token, child);
                node = child;
            } else {
                node = it->second;
            }
        }
        nodes[size_t(node)].entity = entity;
        maxDepth = std::max(maxDepth, int(tokens.size()));
    }
};

namespace {

// The text without its web and mail addresses: a name inside one is no
// mention (a table of github.com links is not about GitHub, nor through it
// Microsoft), and a path's user names and commit hashes are no model names.
// Addresses are ASCII up to a space, so Chinese right after one is kept.
QString withoutAddresses(const QString& text)
{
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1String("www."), Qt::CaseInsensitive)
        && !text.contains(QLatin1Char('@')))
        return text;
    static const QRegularExpression address(
        QStringLiteral(R"(\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[\x21-\x7E]+|[\x21-\x3F\x41-\x7E]+@[A-Za-z0-9-]+\.[\x21-\x7E]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(address, QStringLiteral(" "));
    return out;
}

std::vector<std::string> queryTokens(const QString& name)
{
    std::vector<std::string> tokens;
    const QByteArray utf8 = name.toUtf8();
    DigestTokenizer::tokenizeUtf8(utf8.constData(), int(utf8.size()), DigestTokenizer::Mode::Query,
                                  [&](std::string_view token, int, int, bool) {
                                      tokens.emplace_back(token);
                                      return true;
                                  });
    return tokens;
}

struct Candidate {
    Entity entity;
    int column = 0;
};

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

class FileReader {
public:
    FileReader(QString path, QList<DictionaryProblem>& problems) : m_path(std::move(path)), m_problems(problems) {}

    // nullopt when the file cannot be read or is not valid TOML.
    std::optional<QList<Candidate>> read()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem(0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = file.readAll();
        toml::table root;
        try {
            root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())), m_path.toStdString());
        } catch (const toml::parse_error& err) {
            problem(int(err.source().begin.line), int(err.source().begin.column),
                    QStringLiteral("not valid TOML: %1").arg(qs(err.description())));
            return std::nullopt;
        }
        QList<Candidate> entries;
        for (auto&& [key, node] : root) {
            if (key.str() != "entity")
                problem(node, QStringLiteral("unknown top-level key “%1” (entries are [[entity]] tables)").arg(qs(key.str())));
        }
        const toml::node* list = root.get("entity");
        if (!list)
            return entries;
        const toml::array* array = list->as_array();
        if (!array) {
            problem(*list, QStringLiteral("“entity” must be an array of tables: write [[entity]]"));
            return entries;
        }
        for (const toml::node& node : *array) {
            if (const toml::table* table = node.as_table()) {
                if (auto entry = readEntry(*table))
                    entries.append(*entry);
            } else {
                problem(node, QStringLiteral("each entity must be a table; entry skipped"));
            }
        }
        return entries;
    }

    void problem(int line, int column, const QString& message) { m_problems.append({m_path, line, column, message}); }
    void problem(const toml::node& node, const QString& message)
    {
        problem(int(node.source().begin.line), int(node.source().begin.column), message);
    }

private:
    std::optional<Candidate> readEntry(const toml::table& table)
    {
        Candidate c;
        c.entity.sourceFile = m_path;
        c.entity.line = int(table.source().begin.line);
        c.column = int(table.source().begin.column);
        const toml::node* name = table.get("name");
        const QString label = name && name->is_string() ? qs(name->as_string()->get()).trimmed() : QString();
        if (label.isEmpty()) {
            problem(name ? *name : static_cast<const toml::node&>(table),
                    QStringLiteral("entity has no name (name = \"…\"); entry skipped"));
            return std::nullopt;
        }
        c.entity.name = label;
        const toml::node* kind = table.get("kind");
        if (!kind || !kind->is_string()) {
            problem(kind ? *kind : static_cast<const toml::node&>(table),
                    QStringLiteral("entity “%1” has no kind (company, model, lab, organisation or product); entry skipped")
                        .arg(label));
            return std::nullopt;
        }
        const QString kindText = qs(kind->as_string()->get());
        const auto parsedKind = EntityDictionary::kindFromName(kindText);
        if (!parsedKind) {
            problem(*kind, QStringLiteral("entity “%1” has unknown kind “%2” (expected company, model, lab, "
                                          "organisation or product); entry skipped")
                               .arg(label, kindText));
            return std::nullopt;
        }
        c.entity.kind = *parsedKind;
        if (const toml::node* maker = table.get("maker")) {
            if (!maker->is_string()) {
                problem(*maker, QStringLiteral("maker of “%1” must be a string; entry skipped").arg(label));
                return std::nullopt;
            }
            c.entity.maker = qs(maker->as_string()->get()).trimmed();
        }
        if (!readNames(table, "aliases", label, c.entity.aliases) || !readNames(table, "asr", label, c.entity.asrForms))
            return std::nullopt;
        if (const toml::node* family = table.get("family")) {
            if (!family->is_boolean() || c.entity.kind != EntityKind::Model)
                problem(*family, QStringLiteral("family of “%1” must be true or false, and only on a model (ignored)")
                                     .arg(label));
            else
                c.entity.joinsFamily = family->as_boolean()->get();
        }
        for (auto&& [key, node] : table) {
            static const QSet<QString> known{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("maker"),
                                             QStringLiteral("aliases"), QStringLiteral("asr"), QStringLiteral("family")};
            if (!known.contains(qs(key.str())))
                problem(node, QStringLiteral("unknown key “%1” in entity “%2” (ignored)").arg(qs(key.str()), label));
        }
        return c;
    }

    bool readNames(const toml::table& table, const char* key, const QString& label, QStringList& out)
    {
        const toml::node* node = table.get(key);
        if (!node)
            return true;
        const toml::array* array = node->as_array();
        bool ok = array != nullptr;
        if (array) {
            for (const toml::node& item : *array) {
                if (!item.is_string()) {
                    ok = false;
                    break;
                }
                const QString value = qs(item.as_string()->get()).trimmed();
                if (!value.isEmpty() && !out.contains(value))
                    out.append(value);
            }
        }
        if (!ok)
            problem(*node, QStringLiteral("%1 of “%2” must be a list of strings; entry skipped").arg(QLatin1String(key), label));
        return ok;
    }

    QString m_path;
    QList<DictionaryProblem>& m_problems;
};

QString where(const Entity& e) { return QStringLiteral("%1:%2").arg(e.sourceFile).arg(e.line); }

}  // namespace

QString DictionaryProblem::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

EntityDictionary::EntityDictionary() : m_trie(std::make_unique<Trie>()) {}
EntityDictionary::~EntityDictionary() = default;
EntityDictionary::EntityDictionary(EntityDictionary&&) noexcept = default;
EntityDictionary& EntityDictionary::operator=(EntityDictionary&&) noexcept = default;

QString EntityDictionary::kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Company:
        return QStringLiteral("company");
    case EntityKind::Model:
        return QStringLiteral("model");
    case EntityKind::Lab:
        return QStringLiteral("lab");
    case EntityKind::Organisation:
        return QStringLiteral("organisation");
    case EntityKind::Product:
        return QStringLiteral("product");
    }
    return {};
}

std::optional<EntityKind> EntityDictionary::kindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("company"))
        return EntityKind::Company;
    if (n == QLatin1String("model"))
        return EntityKind::Model;
    if (n == QLatin1String("lab"))
        return EntityKind::Lab;
    if (n == QLatin1String("organisation") || n == QLatin1String("organization"))
        return EntityKind::Organisation;
    if (n == QLatin1String("product"))
        return EntityKind::Product;
    return std::nullopt;
}

QByteArray EntityDictionary::nameKey(const QString& name)
{
    QByteArray key;
    for (const std::string& token : queryTokens(name)) {
        if (!key.isEmpty())
            key += '\x1f';
        key += QByteArray(token.data(), qsizetype(token.size()));
    }
    return key;
}

QStringList EntityDictionary::problemMessages() const
{
    QStringList out;
    for (const DictionaryProblem& p : m_problems)
        out << p.toString();
    return out;
}

bool EntityDictionary::load(const QString& builtinPath, const QString& userPath)
{
    m_entities.clear();
    m_problems.clear();

    const auto builtin = FileReader(builtinPath, m_problems).read();
    if (!builtin) {
        rebuildIndex();
        return false;
    }
    QList<Candidate> user;
    if (!userPath.isEmpty() && QFile::exists(userPath)) {
        if (auto entries = FileReader(userPath, m_problems).read())
            user = *entries;
    }

    // 1. Merge by canonical name: a user entry replaces the built-in one.
    QList<Entity> merged;
    QHash<QByteArray, int> byName;
    auto add = [&](const Candidate& c, bool isUser) {
        const QByteArray key = nameKey(c.entity.name);
        if (key.isEmpty()) {
            m_problems.append({c.entity.sourceFile, c.entity.line, c.column,
                               QStringLiteral("name “%1” has no letters, digits or CJK characters; entry skipped")
                                   .arg(c.entity.name)});
            return;
        }
        if (auto it = byName.constFind(key); it != byName.constEnd()) {
            const Entity& earlier = merged[*it];
            if (isUser && earlier.sourceFile != c.entity.sourceFile) {
                merged[*it] = c.entity;  // user override
                return;
            }
            m_problems.append({c.entity.sourceFile, c.entity.line, c.column,
                               QStringLiteral("entity “%1” is defined twice (first at %2); entry skipped")
                                   .arg(c.entity.name, where(earlier))});
            return;
        }
        byName.insert(key, int(merged.size()));
        merged.append(c.entity);
    };
    for (const Candidate& c : *builtin)
        add(c, false);
    for (const Candidate& c : user)
        add(c, true);

    // 2. Every name must point to one entity; a later entry reusing a name is skipped.
    QList<Entity> accepted;
    QHash<QByteArray, int> owner;
    for (Entity e : merged) {
        QList<QByteArray> keys;
        QString conflict;
        auto collect = [&](QStringList& names) {
            for (auto it = names.begin(); it != names.end();) {
                const QByteArray key = nameKey(*it);
                if (key.isEmpty()) {
                    m_problems.append({e.sourceFile, e.line, 0,
                                       QStringLiteral("alias “%1” of “%2” has no letters, digits or CJK characters (ignored)")
                                           .arg(*it, e.name)});
                    it = names.erase(it);
                    continue;
                }
                if (auto o = owner.constFind(key); o != owner.constEnd() && conflict.isEmpty())
                    conflict = QStringLiteral("alias “%1” of “%2” already names “%3” (%4); entry skipped")
                                   .arg(*it, e.name, accepted[*o].name, where(accepted[*o]));
                keys.append(key);
                ++it;
            }
        };
        QStringList self{e.name};
        collect(self);
        collect(e.aliases);
        collect(e.asrForms);
        if (!conflict.isEmpty()) {
            m_problems.append({e.sourceFile, e.line, 0, conflict});
            continue;
        }
        for (const QByteArray& key : keys)
            owner.insert(key, int(accepted.size()));
        accepted.append(e);
    }

    // 3. Makers must exist and not be models; repeat until stable, since
    //    dropping an entry can orphan the entries it makes.
    bool changed = true;
    while (changed) {
        changed = false;
        QHash<QByteArray, int> index;
        for (int i = 0; i < accepted.size(); ++i) {
            const Entity& e = accepted[i];
            for (const QString& n : QStringList{e.name} + e.aliases + e.asrForms)
                index.insert(nameKey(n), i);
        }
        for (int i = 0; i < accepted.size(); ++i) {
            Entity& e = accepted[i];
            if (e.maker.isEmpty())
                continue;
            const auto it = index.constFind(nameKey(e.maker));
            QString message;
            if (it == index.constEnd())
                message = QStringLiteral("maker “%1” of “%2” is not in the dictionary; entry skipped").arg(e.maker, e.name);
            else if (*it == i || accepted[*it].kind == EntityKind::Model)
                message = QStringLiteral("maker “%1” of “%2” is not a company, lab or organisation; entry skipped")
                              .arg(e.maker, e.name);
            if (!message.isEmpty()) {
                m_problems.append({e.sourceFile, e.line, 0, message});
                accepted.removeAt(i);
                changed = true;
                break;
            }
            e.maker = accepted[*it].name;
        }
    }
    m_entities = accepted;
    rebuildIndex();
    return true;
}

void EntityDictionary::rebuildIndex()
{
    m_byKey.clear();
    m_trie = std::make_unique<Trie>();
    for (int i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        for (const QString& n : QStringList{e.name} + e.aliases + e.asrForms) {
            const std::vector<std::string> tokens = queryTokens(n);
            if (tokens.empty())
                continue;
            m_byKey.insert(nameKey(n), i);
            m_trie->insert(tokens, i);
        }
    }
    // Families by canonical name only: an alias such as Nano Banana's
    // "Gemini 2.5 Flash Image" must not make it a Gemini. Same (known)
    // maker, so a name one company's model shares with another's, or with a
    // model of no stated maker, never joins them.
    m_families.clear();
    QList<QByteArray> keys;
    for (const Entity& e : m_entities)
        keys.append(nameKey(e.name) + '\x1f');
    for (int f = 0; f < m_entities.size(); ++f) {
        const Entity& family = m_entities[f];
        if (family.kind != EntityKind::Model || family.maker.isEmpty() || keys[f].size() < 2)
            continue;
        for (int m = 0; m < m_entities.size(); ++m) {
            const Entity& member = m_entities[m];
            if (m != f && member.kind == EntityKind::Model && member.joinsFamily && member.maker == family.maker
                && keys[m].size() > keys[f].size() && keys[m].startsWith(keys[f]))
                m_families[f].append(m);
        }
    }
}

QStringList EntityDictionary::familyOf(const QString& nameOrAlias) const
{
    const QByteArray key = nameKey(nameOrAlias);
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd() || key.startsWith(nameKey(m_entities[*it].name) + '\x1f'))
        return {};  // unknown, or one version of the model ("Llama 2")
    QStringList names;
    for (const int m : m_families.value(*it))
        names.append(m_entities[m].name);
    return names;
}

const Entity* EntityDictionary::lookup(const QString& nameOrAlias) const
{
    const auto it = m_byKey.constFind(nameKey(nameOrAlias));
    return it == m_byKey.constEnd() ? nullptr : &m_entities[*it];
}

QStringList EntityDictionary::allNames() const
{
    QStringList names;
    for (const Entity& e : m_entities)
        names << e.name << e.aliases << e.asrForms;
    return names;
}

QStringList EntityDictionary::aliasesOf(const QString& nameOrAlias, bool includeAsrForms) const
{
    const Entity* e = lookup(nameOrAlias);
    if (!e)
        return {};
    QStringList names = QStringList{e->name} + e->aliases;
    if (includeAsrForms)
        names += e->asrForms;
    return names;
}

QList<EntityMention> EntityDictionary::findMentions(const QString& text) const
{
    // Token positions of the text, colocated tokens (CJK characters, CamelCase
    // parts) grouped with their position. Kept flat in per-thread buffers: an
    // import calls this for every item from several threads, and a vector of
    // strings per position made most of its cost allocation.
    struct Token {
        uint32_t offset, size;
    };
    thread_local std::string arena;
    thread_local std::vector<Token> tokens;
    thread_local std::vector<uint32_t> positionStart;  // first token of each position, plus an end mark
    arena.clear();
    tokens.clear();
    positionStart.clear();
    const QByteArray utf8 = withoutAddresses(text).toUtf8();
    DigestTokenizer::tokenizeUtf8(utf8.constData(), int(utf8.size()), DigestTokenizer::Mode::Document,
                                  [&](std::string_view token, int, int, bool colocated) {
                                      if (!colocated || positionStart.empty())
                                          positionStart.push_back(uint32_t(tokens.size()));
                                      tokens.push_back({uint32_t(arena.size()), uint32_t(token.size())});
                                      arena.append(token);
                                      return true;
                                  });
    const size_t positionCount = positionStart.size();
    positionStart.push_back(uint32_t(tokens.size()));
    auto tokenAt = [&](uint32_t t) { return std::string_view(arena).substr(tokens[t].offset, tokens[t].size); };
    QHash<int, int> counts;
    const auto& nodes = m_trie->nodes;
    std::vector<int> states;
    std::vector<int> next;
    size_t p = 0;
    while (p < positionCount) {
        int bestLength = 0;
        int bestEntity = -1;
        states.assign(1, 0);
        for (size_t j = p; j < positionCount && int(j - p) < m_trie->maxDepth && !states.empty(); ++j) {
            next.clear();
            for (const int s : states) {
                for (uint32_t t = positionStart[j]; t < positionStart[j + 1]; ++t) {
                    const auto it = nodes[size_t(s)].next.find(tokenAt(t));
                    if (it == nodes[size_t(s)].next.end())
                        continue;
                    if (std::find(next.begin(), next.end(), it->second) == next.end())
                        next.push_back(it->second);
                    if (nodes[size_t(it->second)].entity >= 0 && int(j - p + 1) > bestLength) {
                        bestLength = int(j - p + 1);
                        bestEntity = nodes[size_t(it->second)].entity;
                    }
                }
            }
            states.swap(next);
        }
        if (bestEntity >= 0) {
            ++counts[bestEntity];
            p += size_t(bestLength);
        } else {
            ++p;
        }
    }
    QList<EntityMention> mentions;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        mentions.append({m_entities[it.key()].name, it.value()});
    std::sort(mentions.begin(), mentions.end(), [](const EntityMention& a, const EntityMention& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return mentions;
}

QStringList EntityDictionary::discoverModelNames(const QString& text) const
{
    // Letters (two or more), a version number, optionally a letter suffix:
    // GLM-4.7-Flash, LFM2.5Thinking, Gen4.5, GPT-4o. Not inside longer words.
    // Not inside addresses, nor a user's @handle (@jackpot51).
    static const QRegularExpression candidate(QStringLiteral(
        R"((?<![A-Za-z0-9._/@-])([A-Za-z]{2,}[-_]?(\d+(?:\.\d+)*)(?:[-_]?[A-Za-z][A-Za-z0-9]*)?)(?![A-Za-z0-9]|\.\d))"));
    // Letter prefixes that make file formats, units, counters and versions, not models.
    static const QSet<QString> notModels{
        QStringLiteral("mp"),  QStringLiteral("utf"),   QStringLiteral("ipv"),   QStringLiteral("covid"),
        QStringLiteral("top"), QStringLiteral("win"),   QStringLiteral("ep"),    QStringLiteral("vol"),
        QStringLiteral("no"),  QStringLiteral("page"),  QStringLiteral("part"),  QStringLiteral("step"),
        QStringLiteral("level"), QStringLiteral("type"), QStringLiteral("version"), QStringLiteral("ver"),
        QStringLiteral("pr"),  QStringLiteral("issue"), QStringLiteral("id"),    QStringLiteral("kb"),
        QStringLiteral("mb"),  QStringLiteral("gb"),    QStringLiteral("tb"),    QStringLiteral("fps"),
        QStringLiteral("hz"),  QStringLiteral("ghz"),   QStringLiteral("mhz"),   QStringLiteral("px"),
        QStringLiteral("dpi"), QStringLiteral("week"),  QStringLiteral("day"),   QStringLiteral("ch"),
        QStringLiteral("sha"), QStringLiteral("md"),    QStringLiteral("base"),  QStringLiteral("html"),
        QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ai"), QStringLiteral("rfc"),
        // Number formats, memory, chips' instruction sets, operating systems, ports.
        QStringLiteral("fp"),  QStringLiteral("bf"),    QStringLiteral("int"),   QStringLiteral("uint"),
        QStringLiteral("ddr"), QStringLiteral("lpddr"), QStringLiteral("gddr"),  QStringLiteral("hbm"),
        QStringLiteral("arm"), QStringLiteral("armv"),  QStringLiteral("ios"),   QStringLiteral("ipados"),
        QStringLiteral("macos"), QStringLiteral("android"), QStringLiteral("windows"), QStringLiteral("usb"),
        QStringLiteral("pcie"), QStringLiteral("wifi"), QStringLiteral("tokens")};
    const QString cleaned = withoutAddresses(text);
    QStringList found;
    QSet<QByteArray> seen;
    auto it = candidate.globalMatch(cleaned);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const auto firstNonLetter = std::find_if(name.begin(), name.end(),
                                                 [](QChar c) { return c == u'-' || c == u'_' || c.isDigit(); });
        const QString letters = QStringView(name.begin(), firstNonLetter).toString().toLower();
        const QString version = m.captured(2);
        if (notModels.contains(letters))
            continue;
        if (version.size() >= 5 || (version.size() == 4 && !version.contains(QLatin1Char('.'))))
            continue;  // ids and years, not versions
        const QByteArray key = nameKey(name);
        if (key.isEmpty() || m_byKey.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        found << name;
    }
    return found;
}

QueryParser::AliasExpander EntityDictionary::aliasExpander() const
{
    return [this](const QString& term) { return aliasesOf(term, true); };
}

}  // namespace digest::search
