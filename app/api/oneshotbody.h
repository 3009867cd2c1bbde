#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once. Qt's HTTP layer re-sends a request on its own
// when the connection closes before an answer, writes included; given a body it cannot
// rewind (sequential, and not buffered: DoNotBufferUploadDataAttribute), it ends the
// call with ContentReSendError instead. So a change reaches the server at most once,
// unless the user asks again.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
