#include "BreakIterators.h"

#include <unicode/locid.h>

#include <memory>

namespace digest::text {
namespace {

// Created once per process; only ever cloned (a const call), never used.
const icu::BreakIterator* prototype(BreakKind kind)
{
    static const std::unique_ptr<icu::BreakIterator> sentence = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("zh"), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    static const std::unique_ptr<icu::BreakIterator> word = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return kind == BreakKind::Sentence ? sentence.get() : word.get();
}

icu::BreakIterator* iteratorOfThisThread(BreakKind kind)
{
    auto cloneOf = [](BreakKind k) {
        const icu::BreakIterator* p = prototype(k);
        return std::unique_ptr<icu::BreakIterator>(p ? p->clone() : nullptr);
    };
    thread_local const std::unique_ptr<icu::BreakIterator> sentence = cloneOf(BreakKind::Sentence);
    thread_local const std::unique_ptr<icu::BreakIterator> word = cloneOf(BreakKind::Word);
    return kind == BreakKind::Sentence ? sentence.get() : word.get();
}

const icu::UnicodeString& emptyText()
{
    static const icu::UnicodeString empty;
    return empty;
}

// Which kinds this thread has lent out (debug check against nested borrowing).
thread_local bool borrowed[2] = {false, false};

}  // namespace

ThreadBreakIterator::ThreadBreakIterator(BreakKind kind, const QString& text)
    : m_kind(kind),
      m_iterator(iteratorOfThisThread(kind)),
      m_text(false, reinterpret_cast<const char16_t*>(text.utf16()), int32_t(text.size()))
{
    Q_ASSERT_X(!borrowed[int(kind)], "ThreadBreakIterator", "this thread's iterator is already in use");
    borrowed[int(kind)] = true;
    if (m_iterator)
        m_iterator->setText(m_text);
}

ThreadBreakIterator::ThreadBreakIterator(BreakKind kind, const QByteArray& utf8)
    : m_kind(kind), m_iterator(iteratorOfThisThread(kind))
{
    Q_ASSERT_X(!borrowed[int(kind)], "ThreadBreakIterator", "this thread's iterator is already in use");
    borrowed[int(kind)] = true;
    if (!m_iterator)
        return;
    UErrorCode status = U_ZERO_ERROR;
    m_utf8 = utext_openUTF8(nullptr, utf8.constData(), utf8.size(), &status);
    if (U_SUCCESS(status))
        m_iterator->setText(m_utf8, status);
    if (U_FAILURE(status)) {
        m_iterator->setText(emptyText());
        m_iterator = nullptr;
    }
}

ThreadBreakIterator::~ThreadBreakIterator()
{
    // Leave the iterator pointing at nothing that can be freed, then close
    // the UText it no longer reads.
    if (m_iterator)
        m_iterator->setText(emptyText());
    if (m_utf8)
        utext_close(m_utf8);
    borrowed[int(m_kind)] = false;
}

}  // namespace digest::text
