#pragma once

class FaultInjector;
class PingVerifier;
class RateLimiter;
class RequestLog;
class SandboxStore;
class Simulator;

// The parts of a running sandbox that the request handlers work with.
struct SandboxServices
{
    SandboxStore *store = nullptr;
    RateLimiter *rateLimiter = nullptr;
    FaultInjector *faults = nullptr;
    PingVerifier *ping = nullptr;
    RequestLog *requestLog = nullptr;
    Simulator *simulator = nullptr; // drives simulated deliveries (ticks may be manual)
};
