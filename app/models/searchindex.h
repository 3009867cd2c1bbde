#pragma once

#include "searchtext.h"
#include "webhookendpoint.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

// Per row: "url\0description\0id" (and "\0host" when the URL's host is in punycode:
// its Unicode spelling), then "\0wire name\0label" per subscribed event ("upload.failed",
// "Upload failed" as translated) and "\0name" per event this version does not know,
// case- and accent-folded UTF-8, in one buffer. Rows that change get a new span at the
// end; the buffer is compacted when half of it is stale.
// Needles are folded with EndpointIndex::foldForSearch() (SearchText::appendFolded),
// which keeps one of these for the table's rows.
class EndpointSearchIndex
{
public:
    struct Span
    {
        quint32 offset;
        quint32 length;
    };

    QByteArray text;
    std::vector<Span> spans;
    qsizetype used = 0;
    qsizetype garbage = 0;
    quint64 generation = 0;

    // Per set of known events (EventTypes' bits), its events' texts, folded.
    std::array<QByteArray, 8> eventTexts = foldedEventTexts();

    static std::shared_ptr<EndpointSearchIndex> build(const QList<WebhookEndpoint> &endpoints, quint64 generation);
    static std::array<QByteArray, 8> foldedEventTexts();

    // Inline: the loop of build().
    Span append(const WebhookEndpoint &e)
    {
        const QString host = unicodeHost(e.url);
        const QByteArray &events = eventTexts[size_t(e.events.toInt() & 7)];
        qsizetype need = SearchText::foldedCapacity(e.url) + SearchText::foldedCapacity(e.description)
            + SearchText::foldedCapacity(e.id) + SearchText::foldedCapacity(host) + 3 + events.size();
        for (const QString &unknown : e.unknownEvents)
            need += SearchText::foldedCapacity(unknown) + 1;
        if (used + need > text.size())
            text.resize(std::max(text.size() + text.size() / 2, used + need));
        char *const begin = text.data() + used;
        char *out = SearchText::appendFolded(begin, e.url);
        *out++ = '\0';
        out = SearchText::appendFolded(out, e.description);
        *out++ = '\0';
        out = SearchText::appendFolded(out, e.id);
        if (!host.isEmpty()) {
            *out++ = '\0';
            out = SearchText::appendFolded(out, host);
        }
        std::memcpy(out, events.constData(), size_t(events.size()));
        out += events.size();
        for (const QString &unknown : e.unknownEvents) {
            *out++ = '\0';
            out = SearchText::appendFolded(out, unknown);
        }
        const Span span{quint32(used), quint32(out - begin)};
        used += out - begin;
        return span;
    }

    // The host of a URL whose host is in punycode ("xn--"), in Unicode, so that it is
    // found as it is spelled; empty for every other URL.
    static QString unicodeHost(const QString &url);

    void setRow(int row, const WebhookEndpoint &e);
    void insertRows(int row, const WebhookEndpoint *first, int count);
    void removeRows(int row, int count);
    void compactIfWasteful();

    // Inline: called once per row and keystroke.
    bool matches(int row, const QByteArray &needle) const
    {
        const Span s = spans[size_t(row)];
        return SearchText::containsBytes(text.constData() + s.offset, s.length, needle.constData(),
                                         size_t(needle.size()));
    }
};
