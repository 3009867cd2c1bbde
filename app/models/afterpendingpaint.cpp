#include "afterpendingpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <utility>

namespace {

const QEvent::Type CallType = QEvent::Type(QEvent::registerEventType());

class CallEvent : public QEvent
{
public:
    explicit CallEvent(std::function<void()> work) : QEvent(CallType), work(std::move(work)) {}
    std::function<void()> work;
};

// Handles the calls of its thread (the application's: the GUI thread).
class CallReceiver : public QObject
{
public:
    using QObject::QObject;

    bool event(QEvent *e) override
    {
        if (e->type() != CallType)
            return QObject::event(e);
        std::function<void()> work = std::move(static_cast<CallEvent *>(e)->work);
        work();
        return true;
    }
};

} // namespace

void AfterPendingPaint::call(std::function<void()> work)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        work();
        return;
    }
    static CallReceiver *receiver = nullptr; // the application's, gone with it
    if (!receiver) {
        receiver = new CallReceiver(app);
        QObject::connect(receiver, &QObject::destroyed, [] { receiver = nullptr; });
    }
    // Posted events are handled in order of priority: after every paint request waiting.
    QCoreApplication::postEvent(receiver, new CallEvent(std::move(work)), Qt::LowEventPriority - 1);
}
