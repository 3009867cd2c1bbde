#include "failuresummaryview.h"

#include "relativetime.h"
#include "servertext.h"
#include "tonecolours.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// The error shown in the summary: one line, cut; the tooltip has more.
constexpr int ErrorLimit = 160;

} // namespace

FailureSummaryView::FailureSummaryView(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("failureSummary"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Failure pattern"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("failureTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);
    // Two facts a line: when it last worked and how often it failed since; what the
    // failures say.
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    outer->addLayout(grid);
    m_lastSuccess = addRow(tr("Last success:"), QStringLiteral("lastSuccess"));
    m_run = addRow(tr("Failed in a row:"), QStringLiteral("failedSince"));
    m_error = addRow(tr("Most common error:"), QStringLiteral("commonError"));
    m_status = addRow(tr("Most common response:"), QStringLiteral("commonResponse"));
    int i = 0;
    for (QLabel *value : {m_lastSuccess, m_run, m_error, m_status}) {
        auto *caption = new QLabel(value->accessibleDescription(), this);
        caption->setBuddy(value);
        grid->addWidget(caption, i / 2, (i % 2) * 2, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(value, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    hide();
}

QLabel *FailureSummaryView::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A label's accessible name is its text (the value); the caption describes it.
    value->setAccessibleDescription(label);
    return value;
}

void FailureSummaryView::showPattern(const FailurePattern &p, const QDateTime &now)
{
    if (!p.failing || p.failedDeliveries == 0) {
        hide();
        return;
    }
    m_title->setText(tr("This endpoint is failing."));
    ToneColours::setTone(m_title, ToneColours::Tone::Warning, palette());

    if (p.lastSuccess.isValid()) {
        //: Last success: relative time, then the exact time, e.g. "3 h ago, at 12/4/26 8:15:03 AM CET"
        m_lastSuccess->setText(
            tr("%1, at %2").arg(RelativeTime::text(p.lastSuccess, now), RelativeTime::exactText(p.lastSuccess)));
        m_lastSuccess->setToolTip(RelativeTime::toolTip(p.lastSuccess));
    } else {
        m_lastSuccess->setText(tr("None among these deliveries, and the server records none."));
        m_lastSuccess->setToolTip(QString());
    }
    m_run->setText(QLocale().toString(p.failedDeliveries));
    m_run->setToolTip(tr("Deliveries that failed since the last success. Their attempts: %n, every one failed.",
                         nullptr, p.failedAttempts));
    if (p.commonError.isEmpty()) {
        m_error->setText(tr("No error text from the server."));
        m_error->setToolTip(QString());
    } else {
        m_error->setText(tr("%1 (%2 of %3)")
                             .arg(ServerText::oneLine(p.commonError, ErrorLimit))
                             .arg(p.commonErrorCount)
                             .arg(p.failedDeliveries));
        m_error->setToolTip(ServerText::oneLine(p.commonError));
    }
    if (p.commonStatus == 0) {
        m_status->setText(tr("None: no failed delivery got an HTTP answer."));
    } else {
        m_status->setText(
            tr("HTTP %1 (%2 of %3)").arg(p.commonStatus).arg(p.commonStatusCount).arg(p.failedDeliveries));
    }
    show();
}

QString FailureSummaryView::text(const QString &field) const
{
    if (field == QLatin1String("title"))
        return m_title->text();
    const QLabel *value = findChild<QLabel *>(field);
    return value ? value->text() : QString();
}

void FailureSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ToneColours::reapply(this, palette());
    QFrame::changeEvent(event);
}
