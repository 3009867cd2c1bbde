#include "softbreaks.h"

namespace SoftBreaks {

namespace {

constexpr QChar ZeroWidthSpace(0x200B);

} // namespace

QString insert(const QString &text, int run)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    int sinceBreak = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out.append(c);
        if (c.isSpace()) {
            sinceBreak = 0;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size())
            out.append(text.at(++i)); // never between the halves of a pair
        ++sinceBreak;
        const bool delimiter = c == u'/' || c == u'?' || c == u'&' || c == u'=';
        if ((delimiter || sinceBreak >= run) && i + 1 < text.size() && !text.at(i + 1).isMark()) {
            out.append(ZeroWidthSpace);
            sinceBreak = 0;
        }
    }
    return out;
}

QString plain(const QString &shown)
{
    QString text = shown;
    return text.remove(ZeroWidthSpace);
}

} // namespace SoftBreaks
