/** Cache tag of the public coverage answers (GET /api/coverage/lookup), dropped when coverage changes. */
export const ISP_COVERAGE_TAG = 'isp-coverage';
