// Loads every module's segment criteria into the registry. Modules add one import line here.
import 'server-only';
import './criteria/core';
import '@/lib/isp/subscriptions/segment-criteria';
