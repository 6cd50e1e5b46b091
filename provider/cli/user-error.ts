/** The CLI's name for the user-mistake error (it lives in core so targets can throw it too). */
export { UserError } from '../core/user-error';
