// SecretClipboard: a copied secret is marked sensitive and cleared after the delay, but only
// when the clipboard still holds it.
#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QString Secret = QStringLiteral("5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97");
constexpr int ShortDelayMs = 200;

QClipboard *clipboard() { return QGuiApplication::clipboard(); }

} // namespace

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { clipboard()->setText(QStringLiteral("before")); }
    void defaultsToThirtySeconds();
    void marksTheSecretSensitive();
    void clearedAfterTheDelayWhenUnchanged();
    void leftAloneWhenTheUserCopiedSomethingElse();
    void aSecondCopyRestartsTheDelay();
    void clearNowOnlyClearsItsOwnSecret();
    void clearedWhenDestroyed();
};

void TestSecretClipboard::defaultsToThirtySeconds()
{
    SecretClipboard c;
    QCOMPARE(c.clearAfterMs(), 30000);
    c.copy(Secret);
    QVERIFY(c.isPending());
    QCOMPARE(clipboard()->text(), Secret);
}

void TestSecretClipboard::marksTheSecretSensitive()
{
    SecretClipboard c;
    c.copy(Secret);
    const QMimeData *data = clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), Secret);
    QVERIFY(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
}

void TestSecretClipboard::clearedAfterTheDelayWhenUnchanged()
{
    SecretClipboard c;
    c.setClearAfterMs(ShortDelayMs);
    QSignalSpy expired(&c, &SecretClipboard::expired);
    c.copy(Secret);
    QCOMPARE(clipboard()->text(), Secret);
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.first().first().toBool(), true);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!clipboard()->mimeData() || !clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!c.isPending());
}

void TestSecretClipboard::leftAloneWhenTheUserCopiedSomethingElse()
{
    SecretClipboard c;
    c.setClearAfterMs(ShortDelayMs);
    QSignalSpy expired(&c, &SecretClipboard::expired);
    c.copy(Secret);
    clipboard()->setText(QStringLiteral("https://hooks.example.com/copied-meanwhile"));
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.first().first().toBool(), false);
    QCOMPARE(clipboard()->text(), QStringLiteral("https://hooks.example.com/copied-meanwhile"));
}

void TestSecretClipboard::aSecondCopyRestartsTheDelay()
{
    SecretClipboard c;
    c.setClearAfterMs(ShortDelayMs);
    QSignalSpy expired(&c, &SecretClipboard::expired);
    c.copy(Secret);
    const QString other = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    c.copy(other);
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.size(), 1); // one delay, for the second secret
    QCOMPARE(expired.first().first().toBool(), true);
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::clearNowOnlyClearsItsOwnSecret()
{
    SecretClipboard c;
    c.copy(Secret);
    c.clearNow();
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!c.isPending());
    c.copy(Secret);
    clipboard()->setText(QStringLiteral("mine"));
    c.clearNow();
    QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
}

void TestSecretClipboard::clearedWhenDestroyed()
{
    {
        SecretClipboard c;
        c.copy(Secret);
        QCOMPARE(clipboard()->text(), Secret);
    }
    QVERIFY(clipboard()->text().isEmpty());
    {
        SecretClipboard c;
        c.copy(Secret);
        clipboard()->setText(QStringLiteral("mine"));
    }
    QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
