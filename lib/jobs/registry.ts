import 'server-only';
import { runCampaignSends } from '@/lib/campaigns/send';
import { pruneRateLimits } from '@/lib/rate-limit';
import { runSlaScan } from '@/lib/sla/job';
import { pruneOrphanUploads } from '@/lib/uploads/prune';
import { revertDueUpgrades, runAutomaticUpgrades } from '@/lib/isp/upgrades/jobs';

/**
 * Periodic jobs the worker runs. Every job must be idempotent: a second run, or the same job on a
 * second worker at the same moment, changes nothing (C25). Modules add theirs here.
 */
export type PeriodicJob = { name: string; everyMs: number; run: () => Promise<unknown> };

export const periodicJobs: PeriodicJob[] = [
  { name: 'prune-rate-limits', everyMs: 60 * 60 * 1000, run: () => pruneRateLimits() },
  { name: 'sla-scan', everyMs: 15 * 1000, run: () => runSlaScan() },
  // Approved promo campaigns: recipients and outbox rows in batches, then delivery counts (idempotent).
  { name: 'campaign-send', everyMs: 20 * 1000, run: () => runCampaignSends() },
  // ISP bandwidth upgrades: end the ones whose time is up (exactly once), apply automatic rules.
  { name: 'isp-upgrade-revert', everyMs: 60 * 1000, run: () => revertDueUpgrades() },
  { name: 'isp-upgrade-auto', everyMs: 10 * 60 * 1000, run: () => runAutomaticUpgrades() },
  // Attachments uploaded but never attached to a ticket or survey within 24 h: row and file go.
  { name: 'prune-orphan-uploads', everyMs: 60 * 60 * 1000, run: () => pruneOrphanUploads() },
];
