#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

// The one way widgets ask a question or report something modally. Tests pre-answer
// questions here instead of clicking real modal boxes (as KeePassXC does).
class MessageBoxes
{
public:
    // One button of a question: the answer it gives and the text it shows.
    struct Choice
    {
        QMessageBox::StandardButton answer;
        QString text;
    };
    // Asks a question whose buttons are named after what they do ("Overwrite", "Reload",
    // "Cancel"), never Yes/No that the body text has to explain. Returns the chosen
    // answer, or Cancel (Esc) when the box was closed. Pre-answered (tests): the answer.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                const QList<Choice> &choices,
                                                QMessageBox::StandardButton defaultButton);
    // Asks before an action that cannot be undone: `actionText` names the button that
    // does it ("Delete"); Cancel is the default button and Esc. True when the user chose
    // the action. Pre-answered (tests): Yes chooses the action, anything else Cancel.
    static bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                   const QString &actionText);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next boxes are not shown; each takes the next answer (then NoButton).
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // Tests: the texts of the boxes that were (or would have been) shown, oldest first.
    static QStringList shownTexts();
    static void clearShownTexts();
};
