#pragma once

// Shared by the profile GUI tests: what a person does in ProfileDialog, typed.
#include "profiledialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

namespace ProfileUi {

template <typename T>
T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

inline QLineEdit *nameEdit(QWidget *d) { return child<QLineEdit>(d, "nameEdit"); }
inline QLineEdit *baseUrlEdit(QWidget *d) { return child<QLineEdit>(d, "baseUrlEdit"); }
inline QLineEdit *keyEdit(QWidget *d) { return child<QLineEdit>(d, "keyEdit"); }
inline QToolButton *showKeyButton(QWidget *d) { return child<QToolButton>(d, "showKeyButton"); }
inline QPushButton *verifyButton(QWidget *d) { return child<QPushButton>(d, "verifyButton"); }
inline QPushButton *stopButton(QWidget *d) { return child<QPushButton>(d, "stopButton"); }
inline QLabel *keyMessage(QWidget *d) { return child<QLabel>(d, "keyMessage"); }
inline QLabel *nameMessage(QWidget *d) { return child<QLabel>(d, "nameMessage"); }
inline QLabel *baseUrlMessage(QWidget *d) { return child<QLabel>(d, "baseUrlMessage"); }
inline QPushButton *cancelButton(QWidget *d)
{
    return child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Cancel);
}

// Replaces the field's text by typing, as a person would.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void fill(QWidget *dialog, const QString &name, const QUrl &baseUrl, const QString &key)
{
    if (!nameEdit(dialog)->isReadOnly())
        type(nameEdit(dialog), name);
    type(baseUrlEdit(dialog), baseUrl.toString());
    type(keyEdit(dialog), key);
}

// 32 URL-safe characters after the prefix that no sandbox knows.
inline QString unknownKey() { return QStringLiteral("od_live_Unknown0Key0Nobody0Has0This0Key0"); }

} // namespace ProfileUi
