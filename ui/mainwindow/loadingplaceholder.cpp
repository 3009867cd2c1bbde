#include "loadingplaceholder.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

} // namespace

LoadingPlaceholder::LoadingPlaceholder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loadingPlaceholder"));
    m_title = new QLabel(tr("Loading endpoints\u2026"), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("loadingProgressText"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(360);
    m_bar->setAccessibleName(tr("Endpoints received"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_bar, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    restart();
}

void LoadingPlaceholder::restart()
{
    m_detail->setText(tr("Waiting for the server\u2026"));
    m_bar->setRange(0, 0); // busy until a size is known
}

// The bar is a busy animation only while nothing says how far it is: the animation repaints
// it every frame, and once the bytes come the GUI thread has better things to do (the
// list is decoded and sorted on the two cores meanwhile). Full while the table is prepared.
void LoadingPlaceholder::setProgress(qint64 received, qint64 total)
{
    if (total > 0 && received >= total) {
        m_detail->setText(tr("%1 received; preparing the table\u2026").arg(sizeText(received)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(1000);
        return;
    }
    if (total > 0) {
        m_detail->setText(tr("%1 of %2 received").arg(sizeText(received), sizeText(total)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(received * 1000 / total));
    } else {
        m_detail->setText(tr("%1 received").arg(sizeText(received)));
        m_bar->setRange(0, 0);
    }
}

QString LoadingPlaceholder::text() const { return m_title->text() + QLatin1Char(' ') + m_detail->text(); }
