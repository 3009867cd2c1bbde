// MessageBoxes: a question shows buttons named after what they do, gives back the
// answer of the one pressed (Cancel for Esc), and tests can still pre-answer it.
#include "messageboxes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

class TestMessageBoxes : public QObject
{
    Q_OBJECT

private slots:
    void buttonsAreNamedAfterTheirActions();
    void escapeIsCancel();
    void preAnsweredQuestionsAreNotShown();

private:
    // Runs `act` on the question box once it is up.
    static void whenShown(const std::function<void(QMessageBox *)> &act);
    static QMessageBox::StandardButton askConflict();
};

void TestMessageBoxes::whenShown(const std::function<void(QMessageBox *)> &act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); box && box->isVisible()) {
            poll->deleteLater();
            poll->stop();
            act(box);
        }
    });
    poll->start();
}

QMessageBox::StandardButton TestMessageBoxes::askConflict()
{
    return MessageBoxes::question(nullptr, QStringLiteral("Changed on the Server"), QStringLiteral("Overwrite or reload?"),
                                  {{QMessageBox::Yes, QStringLiteral("&Overwrite")},
                                   {QMessageBox::No, QStringLiteral("&Reload (Keep My Edits)")},
                                   {QMessageBox::Cancel, QStringLiteral("&Cancel")}},
                                  QMessageBox::Cancel);
}

void TestMessageBoxes::buttonsAreNamedAfterTheirActions()
{
    QStringList names;
    QString defaultName;
    whenShown([&](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            names << b->text();
        defaultName = box->defaultButton()->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QLatin1String("&Reload (Keep My Edits)"))
                b->click();
        }
    });
    QCOMPARE(askConflict(), QMessageBox::No);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("&Cancel"), QStringLiteral("&Overwrite"),
                                 QStringLiteral("&Reload (Keep My Edits)")}));
    QCOMPARE(defaultName, QStringLiteral("&Cancel"));
}

void TestMessageBoxes::escapeIsCancel()
{
    whenShown([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    QCOMPARE(askConflict(), QMessageBox::Cancel);
}

void TestMessageBoxes::preAnsweredQuestionsAreNotShown()
{
    MessageBoxes::clearShownTexts();
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    QCOMPARE(askConflict(), QMessageBox::Yes);
    QCOMPARE(MessageBoxes::shownTexts(), QStringList{QStringLiteral("Overwrite or reload?")});
}

QTEST_MAIN(TestMessageBoxes)
#include "tst_messageboxes.moc"
