/** Cache tag of everything public that shows plans (the /internet page, the sign-up form's choices). */
export const ISP_PLANS_TAG = 'isp-plans';
