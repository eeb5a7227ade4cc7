import 'server-only';
import { unstable_cache } from 'next/cache';
import { ISP_PLANS_TAG } from '@/lib/isp/plans/tags';
import { lookupCoverage, type CoverageAnswer } from './lookup';
import { ISP_COVERAGE_TAG } from './tags';

/**
 * The public coverage API's answer per village, from Next's data cache: a repeated village costs no
 * database round trip (the statement itself is ~0.5 ms; the trip and the PostgreSQL backend's turn on
 * a busy CPU are most of the request). Dropped when an admin adds or removes coverage (isp-coverage)
 * or changes a plan (isp-plans), and at most a minute old otherwise — the age the API's
 * Cache-Control already allows browsers. Sign-up and the waiting list check coverage uncached.
 */
export const lookupCoverageCached: (villageCode: string) => Promise<CoverageAnswer> = unstable_cache(
  (villageCode: string) => lookupCoverage(villageCode),
  ['isp-coverage-lookup'],
  { tags: [ISP_COVERAGE_TAG, ISP_PLANS_TAG], revalidate: 60 },
);
