// Accounts, sessions, log-in limits and permissions: who may do what.
export { changePassword, signUp, startGuest } from './account';
export { adminChangeRole, adminCreateAccount, adminResetPassword, ASSIGNABLE_ROLES } from './admin';
export { can, GRANTED_ROLES } from './authorize';
export { clearSessionCookie, setSessionCookie } from './cookies';
export {
	adminCreateSchema,
	adminResetSchema,
	adminRoleSchema,
	errorOn,
	formFields,
	loginSchema,
	parseWith,
	passwordChangeSchema,
	signupSchema
} from './forms';
export { requireOrganisation, requirePermission } from './guard';
export { attemptLogin, homeFor, safeNext, startSession } from './login';
export {
	generateTemporaryPassword,
	PASSWORD_MAX,
	PASSWORD_MIN,
	TEMPORARY_PASSWORD_ALPHABET,
	verifyPassword
} from './password';
export { LOGIN_PER_ACCOUNT, LOGIN_PER_IP } from './rate-limit';
export { createResumeLink, guestOfResumeLink, hasResumeLink } from './resume-links';
export {
	createSession,
	generateSessionToken,
	invalidateSession,
	type Session,
	SESSION_COOKIE,
	SESSION_LIFETIME,
	type SessionUser,
	validateSessionToken
} from './session';
export {
	createGuest,
	createOrganisation,
	createStaffAccount,
	findUserByEmail,
	findUserById,
	listAccounts,
	normaliseEmail,
	registerEmployer
} from './users';
