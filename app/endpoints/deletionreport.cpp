#include "deletionreport.h"

#include "urldisplay.h"

namespace {
const QChar CheckSign(0x2713); // ✓
const QChar CrossSign(0x2717); // ✗
const QChar Bullet(0x2022); // •
} // namespace

EditQuestion DeletionReport::confirmation(const QList<EndpointDeleter::Target> &targets)
{
    const int n = int(targets.size());
    if (n == 1) {
        return {
            tr("Delete Webhook Endpoint?"),
            tr("Delete the webhook endpoint %1?\n\nIts signing secret and its delivery history are deleted with it. "
               "This cannot be undone.")
                .arg(UrlDisplay::forDisplay(targets.constFirst().url))};
    }
    QStringList lines;
    for (int i = 0; i < n && i < MaxListed; ++i)
        lines << Bullet + QLatin1Char(' ') + UrlDisplay::forDisplay(targets.at(i).url);
    if (n > MaxListed)
        lines << tr("and %n more", nullptr, n - MaxListed);
    return {tr("Delete %n Webhook Endpoints?", nullptr, n),
            tr("Delete these %n webhook endpoints?\n\n%1\n\nTheir signing secrets and delivery histories are deleted "
               "with them. This cannot be undone.",
               nullptr, n)
                .arg(lines.join(QLatin1Char('\n')))};
}

QString DeletionReport::deleteButtonText() { return tr("Delete"); }

QString DeletionReport::progressText(int index, int total, const EndpointDeleter::Target &target)
{
    return tr("Deleting %1 of %2: %3").arg(index + 1).arg(total).arg(UrlDisplay::forDisplay(target.url));
}

QString DeletionReport::windowTitle() { return tr("Deleting Endpoints"); }

QString DeletionReport::rowText(const EndpointDeleter::RowResult &r)
{
    const QString url = UrlDisplay::forDisplay(r.target.url);
    switch (r.outcome) {
    case EndpointDeleter::Outcome::Deleted: return CheckSign + QLatin1Char(' ') + tr("Deleted: %1").arg(url);
    case EndpointDeleter::Outcome::AlreadyGone:
        return CheckSign + QLatin1Char(' ') + tr("Already deleted (the server no longer had it): %1").arg(url);
    case EndpointDeleter::Outcome::Failed:
        return CrossSign + QLatin1Char(' ') + tr("Not deleted: %1 \u2014 %2").arg(url, r.error.message());
    case EndpointDeleter::Outcome::Uncertain:
        return QStringLiteral("? ")
            + tr("Cancelled while the server was answering; it may have been deleted: %1").arg(url);
    case EndpointDeleter::Outcome::NotAttempted:
        return QStringLiteral("\u2013 ") + tr("Not deleted (cancelled before its turn): %1").arg(url);
    }
    return url;
}

bool DeletionReport::needsSummary(const QList<EndpointDeleter::RowResult> &results)
{
    return results.size() != 1 || results.constFirst().outcome != EndpointDeleter::Outcome::Deleted;
}

EditNotice DeletionReport::summary(const QList<EndpointDeleter::RowResult> &results)
{
    int deleted = 0, gone = 0, failed = 0, uncertain = 0, skipped = 0;
    for (const EndpointDeleter::RowResult &r : results) {
        switch (r.outcome) {
        case EndpointDeleter::Outcome::Deleted: ++deleted; break;
        case EndpointDeleter::Outcome::AlreadyGone: ++gone; break;
        case EndpointDeleter::Outcome::Failed: ++failed; break;
        case EndpointDeleter::Outcome::Uncertain: ++uncertain; break;
        case EndpointDeleter::Outcome::NotAttempted: ++skipped; break;
        }
    }
    QStringList counts;
    if (deleted)
        counts << tr("%n endpoint(s) deleted.", nullptr, deleted);
    if (gone)
        counts << tr("%n endpoint(s) had already been deleted.", nullptr, gone);
    if (failed)
        counts << tr("%n endpoint(s) could not be deleted.", nullptr, failed);
    if (uncertain)
        counts << tr("%n endpoint(s) may or may not have been deleted: refresh to see.", nullptr, uncertain);
    if (skipped)
        counts << tr("%n endpoint(s) were not deleted because you cancelled.", nullptr, skipped);

    QStringList lines;
    for (int i = 0; i < results.size() && i < MaxReported; ++i)
        lines << rowText(results.at(i));
    if (results.size() > MaxReported)
        lines << tr("and %n more", nullptr, int(results.size()) - MaxReported);

    const bool allGone = deleted + gone == results.size();
    EditNotice notice;
    notice.kind = allGone ? EditNotice::Kind::Info : EditNotice::Kind::Error;
    notice.title = allGone ? tr("Endpoints Deleted") : tr("Not Every Endpoint Was Deleted");
    notice.text = counts.join(QLatin1Char(' ')) + QLatin1String("\n\n") + lines.join(QLatin1Char('\n'));
    return notice;
}
