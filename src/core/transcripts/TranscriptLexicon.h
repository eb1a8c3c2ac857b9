#pragma once
// The cue words a listener uses to hear where a story starts or continues,
// in Chinese and English. Kept as data in one place so the segmenter's rules
// stay readable; each function says what kind of cue it finds.

#include <QString>
#include <QStringList>

namespace digest::lexicon {

// Phrases that announce the next story ("接下来我们看第二条新闻", "Next up").
bool startsWithStrongTransition(const QString& sentence);
// Additive connectives that may open a new story or continue one ("另外", "此外", "Also").
bool startsWithWeakTransition(const QString& sentence);
// Openers that continue the current subject ("而", "那", "然而", "It", "This"...).
bool startsWithContinuation(const QString& sentence);
// Greeting / self-introduction ("大家好", "这里是", "欢迎收看", "What up", "Welcome to").
bool isGreeting(const QString& sentence);
// Hand-over to the first story ("Ok, let's get into the news", "我们一起来看看").
bool isHandOver(const QString& sentence);
// Sign-off ("我们下期再见", "感谢收看", "这期新闻就到这里", "Thanks for listening").
bool isSignOff(const QString& sentence);
// Announces a quoted audio/video sample that follows ("来一起听一下效果").
bool introducesSample(const QString& sentence);

// Announcement verbs that make a named opening a news subject.
const QStringList& cjkNewsVerbs();
const QStringList& latinNewsVerbs();

// Capitalised words that start English sentences without naming anything.
bool isCommonLatinWord(const QString& word);

}  // namespace digest::lexicon
