#pragma once
// Shared by the search suites: rows to index (hand-written fixtures and the
// real seed documents) and small FTS5 helpers over digest::sql.

#include "DigestTokenizer.h"
#include "Sqlite.h"
#include "Text.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace digest::search::testing {

struct Row {
    QString title;
    QString body;
};

inline QString sharedDir() { return QStringLiteral(DIGEST_SHARED_DIR); }

// tests/data/search/fixtures.tsv: "title<TAB>body" lines, # comments.
inline QList<Row> fixtureRows()
{
    QList<Row> rows;
    QFile file(QStringLiteral(DIGEST_TEST_DATA_DIR "/search/fixtures.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append({line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1)});
    }
    return rows;
}

// The seed documents split into sentences/paragraphs, one row each (title =
// file name). Empty when the shared folder is absent.
inline QList<Row> seedRows()
{
    QList<Row> rows;
    const QDir dir(sharedDir() + QStringLiteral("/seeds"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        static const QRegularExpression split(QStringLiteral("(?<=[。！？!?])|\\n+"));
        for (const QString& piece : QString::fromUtf8(file.readAll()).split(split, Qt::SkipEmptyParts)) {
            const QString body = piece.trimmed();
            if (!body.isEmpty())
                rows.append({name, body});
        }
    }
    return rows;
}

inline sql::Database openDatabase(const QStringList& gluedNames = {})
{
    sql::Database db(QStringLiteral(":memory:"));
    registerDigestTokenizer(db.handle(), gluedNames);
    return db;
}

// tokenizer: "digest", "unicode61", "trigram".
inline void createTable(sql::Database& db, const QString& table, const QString& tokenizer, const QList<Row>& rows)
{
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(title, body, tokenize='%2')")
                .arg(table, tokenizer)
                .toUtf8()
                .constData());
    auto insert = db.prepare(QStringLiteral("INSERT INTO %1(rowid, title, body) VALUES (?1, ?2, ?3)").arg(table).toUtf8().constData());
    for (int i = 0; i < rows.size(); ++i) {
        insert.bind(1, i + 1).bind(2, rows[i].title).bind(3, rows[i].body).run();
        insert.reset();
    }
}

inline QSet<int> matchRows(const sql::Database& db, const QString& table, const QString& expression)
{
    QSet<int> ids;
    auto st = db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?1").arg(table).toUtf8().constData());
    st.bind(1, expression);
    while (st.step())
        ids.insert(st.integer(0));
    return ids;
}

// Rows whose folded text contains the folded needle as a plain substring.
inline QSet<int> substringRows(const QList<Row>& rows, const QString& needle)
{
    QSet<int> ids;
    const QString folded = text::foldCase(needle);
    for (int i = 0; i < rows.size(); ++i) {
        if (text::foldCase(rows[i].title + QLatin1Char('\n') + rows[i].body).contains(folded))
            ids.insert(i + 1);
    }
    return ids;
}

}  // namespace digest::search::testing
