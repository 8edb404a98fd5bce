// The supplier register and each supplier’s questionnaire.
export {
	checkSupplierAnswers,
	COUNTRY_MAX,
	createSupplier,
	type DetailsError,
	type DetailsField,
	getSupplier,
	KRAZ_MAX,
	listSuppliers,
	NAME_MAX,
	parseSupplierDetails,
	rankRegister,
	removeSupplier,
	saveSupplierAnswers,
	type SupplierDetails,
	supplierInputs,
	supplierModule,
	supplierNames,
	updateSupplier
} from './register';
export { kindLabel, kindOptions, presentRegister } from './view';
