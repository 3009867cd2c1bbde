#pragma once

#include "searchtext.h"
#include "webhookendpoint.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <memory>
#include <vector>

// Per row: "url\0description\0id" (and "\0host" when the URL's host is in punycode:
// its Unicode spelling), case- and accent-folded UTF-8, in one buffer. Rows that change
// get a new span at the end; the buffer is compacted when half of it is stale.
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

    static std::shared_ptr<EndpointSearchIndex> build(const QList<WebhookEndpoint> &endpoints, quint64 generation);

    // Inline: the loop of build().
    Span append(const WebhookEndpoint &e)
    {
        const QString host = unicodeHost(e.url);
        const qsizetype need = SearchText::foldedCapacity(e.url) + SearchText::foldedCapacity(e.description)
            + SearchText::foldedCapacity(e.id) + SearchText::foldedCapacity(host) + 3;
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
