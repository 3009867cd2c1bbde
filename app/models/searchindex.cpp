#include "searchindex.h"

#include <QUrl>

#include <cstring>

QString EndpointSearchIndex::unicodeHost(const QString &url)
{
    if (!url.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
        return {};
    const QString host = QUrl(url).host(QUrl::FullyEncoded);
    const QString unicode = QUrl::fromAce(host.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode == host ? QString() : unicode;
}

std::array<QByteArray, 8> EndpointSearchIndex::foldedEventTexts()
{
    auto folded = [](const QString &text) {
        QByteArray bytes(SearchText::foldedCapacity(text), Qt::Uninitialized);
        bytes.truncate(SearchText::appendFolded(bytes.data(), text) - bytes.constData());
        return bytes;
    };
    std::array<QByteArray, 8> texts;
    for (int set = 0; set < 8; ++set) {
        for (const EventType type : EventTypeNames::all()) {
            if (!EventTypes::fromInt(set).testFlag(type))
                continue;
            texts[size_t(set)] += '\0';
            texts[size_t(set)] += folded(EventTypeNames::toWire(type));
            texts[size_t(set)] += '\0';
            texts[size_t(set)] += folded(EventTypeNames::label(type));
        }
    }
    return texts;
}

std::shared_ptr<EndpointSearchIndex> EndpointSearchIndex::build(const QList<WebhookEndpoint> &endpoints,
                                                                quint64 generation)
{
    auto index = std::make_shared<EndpointSearchIndex>();
    index->generation = generation;
    index->spans.resize(size_t(endpoints.size()));
    // Most text is ASCII: reserve about that, grow when not.
    qsizetype estimate = 0;
    for (const WebhookEndpoint &e : endpoints)
        estimate += e.url.size() + e.description.size() + e.id.size() + 2
            + index->eventTexts[size_t(e.events.toInt() & 7)].size();
    index->text.resize(estimate + estimate / 8 + 64);
    for (qsizetype r = 0; r < endpoints.size(); ++r)
        index->spans[size_t(r)] = index->append(endpoints.at(r));
    index->text.resize(index->used);
    index->text.squeeze();
    return index;
}

void EndpointSearchIndex::setRow(int row, const WebhookEndpoint &e)
{
    garbage += spans[size_t(row)].length;
    spans[size_t(row)] = append(e);
}

void EndpointSearchIndex::insertRows(int row, const WebhookEndpoint *first, int count)
{
    std::vector<Span> added;
    added.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        added.push_back(append(first[i]));
    spans.insert(spans.begin() + row, added.begin(), added.end());
}

void EndpointSearchIndex::removeRows(int row, int count)
{
    for (int i = row; i < row + count; ++i)
        garbage += spans[size_t(i)].length;
    spans.erase(spans.begin() + row, spans.begin() + row + count);
}

void EndpointSearchIndex::compactIfWasteful()
{
    if (garbage < 4096 || garbage * 2 < used)
        return;
    QByteArray compact(used - garbage, Qt::Uninitialized);
    qsizetype at = 0;
    for (Span &s : spans) {
        std::memcpy(compact.data() + at, text.constData() + s.offset, s.length);
        s.offset = quint32(at);
        at += s.length;
    }
    text = compact;
    used = at;
    garbage = 0;
}
