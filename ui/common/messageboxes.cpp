#include "messageboxes.h"

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
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    g_shown.append(text);
    if (g_scripted)
        return nextAnswer();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
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
