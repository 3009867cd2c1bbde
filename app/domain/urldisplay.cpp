#include "urldisplay.h"

#include "servertext.h"

#include <QStringList>
#include <QUrl>

namespace UrlDisplay {

namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The scripts a label's letters may come from together.
bool isSafeLabel(const QString &label)
{
    bool latin = false;
    bool han = false;
    bool japanese = false; // Hiragana, Katakana
    bool hangul = false;
    QChar::Script other = QChar::Script_Unknown;
    for (qsizetype i = 0; i < label.size(); ++i) {
        char32_t c = label.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < label.size()) {
            c = QChar::surrogateToUcs4(label.at(i), label.at(i + 1));
            ++i;
        }
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            continue;
        const QChar::Script script = QChar::script(c);
        switch (script) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
            if (!QChar::isMark(c))
                return false; // symbols and punctuation in a host name: not shown as Unicode
            continue;
        case QChar::Script_Latin: latin = true; break;
        case QChar::Script_Han: han = true; break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana: japanese = true; break;
        case QChar::Script_Hangul: hangul = true; break;
        case QChar::Script_Cyrillic:
        case QChar::Script_Greek:
        case QChar::Script_Cherokee:
            return false; // whole-script look-alikes of Latin letters
        default:
            if (other != QChar::Script_Unknown && other != script)
                return false;
            other = script;
            break;
        }
    }
    const bool cjk = han || japanese || hangul;
    if (japanese && hangul)
        return false;
    if (other != QChar::Script_Unknown)
        return !latin && !cjk; // one other script, alone
    return !(latin && cjk);
}

// Percent-encodes, as UTF-8, what an edit field must not show as itself.
QString encodeHidden(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        const QChar::Category category = QChar::category(c);
        const bool hidden = category == QChar::Other_Control || category == QChar::Other_Format
            || (category == QChar::Separator_Space && c != u' ') || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || QChar::isSurrogate(c);
        if (hidden)
            out += QString::fromLatin1(text.mid(i, units).toUtf8().toPercentEncoding());
        else
            out += text.mid(i, units);
        i += units - 1;
    }
    return out;
}

} // namespace

QString hostForDisplay(const QString &host)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (ace.isEmpty())
        return ServerText::oneLine(host, Limit); // not a valid host name: as sent, made safe
    const QString unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist); // our rule, not the TLD list
    if (unicode == ace)
        return ace;
    for (const QString &label : unicode.split(QLatin1Char('.'))) {
        if (!isAscii(label) && !isSafeLabel(label))
            return ace;
    }
    return unicode;
}

namespace {

// Put together by hand: QUrl's own display form picks Unicode by a list of top-level
// domains, not by what the host looks like. `userInfo`: kept (editing) or dropped (display).
QString rebuilt(const QUrl &parsed, bool userInfo)
{
    QString text = parsed.scheme() + QLatin1String("://");
    if (userInfo && !parsed.userInfo().isEmpty())
        text += parsed.userInfo(QUrl::FullyEncoded) + QLatin1Char('@');
    const QString host = parsed.host(QUrl::FullyDecoded);
    if (host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 literal
    else
        text += hostForDisplay(host);
    if (parsed.port() >= 0)
        text += QLatin1Char(':') + QString::number(parsed.port());
    text += parsed.path(QUrl::PrettyDecoded);
    if (parsed.hasQuery())
        text += QLatin1Char('?') + parsed.query(QUrl::PrettyDecoded);
    if (parsed.hasFragment())
        text += QLatin1Char('#') + parsed.fragment(QUrl::PrettyDecoded);
    return text;
}

} // namespace

QString forDisplay(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return ServerText::oneLine(url, Limit);
    return ServerText::oneLine(rebuilt(parsed, false), Limit);
}

QString forEditing(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return encodeHidden(url);
    return encodeHidden(rebuilt(parsed, true));
}

QString toAscii(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    return QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded));
}

} // namespace UrlDisplay
