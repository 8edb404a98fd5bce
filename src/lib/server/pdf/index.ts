// The PDFs: the action plan and the blank questionnaire.
export { renderActionPlan } from './action-plan';
export { actionPlanDocument, blankQuestionnairePdf, pdfDownload, pdfFileName } from './documents';
export { embedFonts } from './fonts';
export { pdfLabels } from './labels';
