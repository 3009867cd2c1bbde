#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

const char *const SecretClipboard::SensitiveMimeType = "x-kde-passwordManagerHint";

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool stillOurs = !m_secret.isEmpty() && QGuiApplication::clipboard()->text() == m_secret;
        if (stillOurs)
            QGuiApplication::clipboard()->clear();
        forget();
        emit expired(stillOurs);
    });
}

SecretClipboard::~SecretClipboard()
{
    if (QGuiApplication::instance())
        clearNow();
    else
        forget();
}

void SecretClipboard::copy(const QString &secret)
{
    forget();
    if (secret.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(QString::fromLatin1(SensitiveMimeType), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
    m_secret = QString(secret.constData(), secret.size()); // a buffer of its own, wiped by forget()
    m_timer.start(m_clearAfterMs);
}

void SecretClipboard::clearNow()
{
    if (!m_secret.isEmpty() && QGuiApplication::clipboard()->text() == m_secret)
        QGuiApplication::clipboard()->clear();
    forget();
}

void SecretClipboard::forget()
{
    m_timer.stop();
    // Overwrite the characters of its own buffer before letting it go.
    m_secret.fill(QChar(u'\0'));
    m_secret.clear();
}
