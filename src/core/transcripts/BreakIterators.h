#pragma once
// ICU sentence and word break iterators for the transcript module (Chinese
// locale rules, which also break Latin text). Creating one loads its rules
// and is costly, and the splitter asks for one per caption row; an iterator
// is not thread-safe and the importer parses on worker threads. So each
// thread clones one of each kind from a process-wide prototype once and
// reuses it. Internal to src/core/transcripts.

#include <QString>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace digest::transcripts {

enum class BreakKind { Sentence, Word };

// This thread's iterator of a kind, set to text for the lifetime of the
// object. text must outlive it (it is read in place, not copied), and one
// kind must not be borrowed twice at once on a thread. False when ICU could
// not create the iterator.
class ThreadBreakIterator {
public:
    ThreadBreakIterator(BreakKind kind, const QString& text);
    ThreadBreakIterator(BreakKind kind, QString&& text) = delete;  // would dangle
    ~ThreadBreakIterator();
    ThreadBreakIterator(const ThreadBreakIterator&) = delete;
    ThreadBreakIterator& operator=(const ThreadBreakIterator&) = delete;

    explicit operator bool() const { return m_iterator != nullptr; }
    icu::BreakIterator* operator->() const { return m_iterator; }

private:
    BreakKind m_kind;
    icu::BreakIterator* m_iterator = nullptr;
    icu::UnicodeString m_text;  // read-only alias of the QString's UTF-16
};

}  // namespace digest::transcripts
