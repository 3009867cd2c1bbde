#include "messageboxes.h"

#include <QPushButton>

namespace {
bool g_scripted = false;
QList<QMessageBox::StandardButton> g_answers;
QStringList g_shown;

QMessageBox::StandardButton nextAnswer()
{
    return g_answers.isEmpty() ? QMessageBox::NoButton : g_answers.takeFirst();
}
} // namespace

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   const QList<Choice> &choices,
                                                   QMessageBox::StandardButton defaultButton)
{
    g_shown.append(text);
    if (g_scripted)
        return nextAnswer();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const Choice &choice : choices) {
        QPushButton *button = box.addButton(choice.answer);
        button->setText(choice.text);
    }
    box.setDefaultButton(defaultButton);
    box.exec();
    const QMessageBox::StandardButton answer = box.standardButton(box.clickedButton());
    return answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}

bool MessageBoxes::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                      const QString &actionText)
{
    g_shown.append(text);
    if (g_scripted)
        return nextAnswer() == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *action = box.addButton(actionText, QMessageBox::DestructiveRole);
    action->setAccessibleName(actionText);
    action->setAutoDefault(false);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == action;
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_shown.append(text);
    if (g_scripted) {
        nextAnswer();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    g_shown.append(text);
    if (g_scripted) {
        nextAnswer();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBoxes::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    g_scripted = true;
    g_answers = answers;
}

QStringList MessageBoxes::shownTexts() { return g_shown; }
void MessageBoxes::clearShownTexts() { g_shown.clear(); }
