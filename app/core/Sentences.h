#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

/// Summaries made of several whole sentences ("3 articles imported. 1 duplicate skipped."), each
/// translated as one: a sentence assembled from clauses cannot be translated well, a row of sentences can.
class Sentences
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Sentences)
public:
    /// The sentences one after another, with the separator the language puts between sentences.
    static QString joined(const QStringList &sentences);
};

} // namespace Newsdesk
