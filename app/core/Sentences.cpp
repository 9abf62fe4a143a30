#include "Sentences.h"

namespace Newsdesk {

QString Sentences::joined(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences)
        //: Puts one whole sentence after another: a space in English, none in Japanese or Chinese.
        text = text.isEmpty() ? sentence : tr("%1 %2").arg(text, sentence);
    return text;
}

} // namespace Newsdesk
