#pragma once

// Small helpers shared by the edit dialog's GUI tests: finding its widgets by object
// name and taking screenshots when ODWH_SHOTS_DIR is set.

#include "editendpointdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

struct EditDialogParts
{
    explicit EditDialogParts(EditEndpointDialog *d) : dialog(d) {}

    template <typename T>
    T *find(const char *name) const
    {
        T *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    QLineEdit *url() const { return find<QLineEdit>("urlEdit"); }
    QLabel *urlMessage() const { return find<QLabel>("urlMessage"); }
    QLabel *urlNote() const { return find<QLabel>("urlNote"); }
    QPlainTextEdit *description() const { return find<QPlainTextEdit>("descriptionEdit"); }
    QLabel *descriptionMessage() const { return find<QLabel>("descriptionMessage"); }
    QLabel *counter() const { return find<QLabel>("descriptionCounter"); }
    QCheckBox *event(const char *wire) const
    {
        return dialog->findChild<QCheckBox *>(QLatin1String("eventCheck_") + QLatin1String(wire));
    }
    QLabel *eventsMessage() const { return find<QLabel>("eventsMessage"); }
    QCheckBox *active() const { return find<QCheckBox>("activeCheck"); }
    QLabel *activeMessage() const { return find<QLabel>("activeMessage"); }
    QLabel *id() const { return find<QLabel>("idValue"); }
    QLabel *status() const { return find<QLabel>("statusValue"); }
    QLabel *created() const { return find<QLabel>("createdValue"); }
    QLabel *updated() const { return find<QLabel>("updatedValue"); }
    QWidget *form() const { return find<QWidget>("formWidget"); }
    QFrame *errorFrame() const { return find<QFrame>("errorFrame"); }
    QLabel *errorTitle() const { return find<QLabel>("errorTitle"); }
    QLabel *errorText() const { return find<QLabel>("errorText"); }
    QWidget *progress() const { return find<QWidget>("progressWidget"); }
    QLabel *progressText() const { return find<QLabel>("progressText"); }
    QPushButton *cancelRequest() const { return find<QPushButton>("cancelRequestButton"); }
    QPushButton *saveButton() const { return find<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Save); }
    QPushButton *closeButton() const { return find<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel); }

    // Replaces the URL the way a person does: select all, type.
    void typeUrl(const QString &text) const
    {
        url()->setFocus();
        url()->selectAll();
        if (text.isEmpty())
            QTest::keyClick(url(), Qt::Key_Delete);
        else
            QTest::keyClicks(url(), text);
    }
    void typeDescription(const QString &text, bool replace = true) const
    {
        description()->setFocus();
        if (replace)
            description()->selectAll();
        else
            description()->moveCursor(QTextCursor::End);
        QTest::keyClicks(description(), text);
    }

    EditEndpointDialog *dialog;
};

// Saves a PNG of the dialog when ODWH_SHOTS_DIR is set (the screenshots to look at).
inline void takeShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ODWH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout changes (a message that just appeared) settle first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(dir).filePath(name + QLatin1String(".png"));
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}
