#pragma once
// ICU sentence and word break iterators (Chinese locale rules, which also
// break Latin text), for the transcript splitter and the search ranking's
// dictionary words. Creating one loads its rules and is costly, and both ask
// for one per caption row or per ranked hit; an iterator is not thread-safe,
// and the importer parses on worker threads while searches run on others.
// So each thread clones one of each kind from a process-wide prototype once
// and reuses it.

#include <QByteArray>
#include <QString>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace digest::text {

enum class BreakKind { Sentence, Word };

// This thread's iterator of a kind, set to text for the lifetime of the
// object. text must outlive it (it is read in place, not copied), and one
// kind must not be borrowed twice at once on a thread. False when ICU could
// not create the iterator.
class ThreadBreakIterator {
public:
    ThreadBreakIterator(BreakKind kind, const QString& text);
    ThreadBreakIterator(BreakKind kind, QString&& text) = delete;  // would dangle
    // Over UTF-8: the boundaries are byte offsets into utf8.
    ThreadBreakIterator(BreakKind kind, const QByteArray& utf8);
    ThreadBreakIterator(BreakKind kind, QByteArray&& utf8) = delete;
    ~ThreadBreakIterator();
    ThreadBreakIterator(const ThreadBreakIterator&) = delete;
    ThreadBreakIterator& operator=(const ThreadBreakIterator&) = delete;

    explicit operator bool() const { return m_iterator != nullptr; }
    icu::BreakIterator* operator->() const { return m_iterator; }

private:
    BreakKind m_kind;
    icu::BreakIterator* m_iterator = nullptr;
    icu::UnicodeString m_text;  // read-only alias of the QString's UTF-16
    UText* m_utf8 = nullptr;    // or a UText over the UTF-8 bytes
};

}  // namespace digest::text
