import { z } from 'zod'
import { Amount, Count, Outcomes, Row } from './cells.ts'

const Documents2021 = z.object({ issued: Count, repealed: Count, inForce: Count })
const Decisions = z.object({ decisions: Count })

/** 二、主动公开政府信息情况 in the 2021 format (国办公开办函〔2021〕30号). */
export const ActiveDisclosure2021 = z.object({
  regulations: Documents2021,
  normativeDocuments: Documents2021,
  administrativeLicensing: Decisions,
  administrativePunishment: Decisions,
  administrativeCoercion: Decisions,
  administrativeFees: z.object({ amount: Amount }),
})

const Documents2019 = z.object({ produced: Count, published: Count, totalPublished: Count })
const Items2019 = z.object({ previousYearItems: Count, change: Count, decisions: Count })

/** 二、主动公开政府信息情况 in the 2019 format. */
export const ActiveDisclosure2019 = z.object({
  regulations: Documents2019,
  normativeDocuments: Documents2019,
  administrativeLicensing: Items2019,
  otherExternalServices: Items2019,
  administrativePunishment: Items2019,
  administrativeCoercion: Items2019,
  administrativeFees: z.object({ previousYearItems: Count, change: Count }),
  centralizedProcurement: z.object({
    projects: Count,
    amount: Amount,
    amountUnit: z.string().nullable(),
  }),
})

const NotDisclosed = z.object({
  stateSecret: Row,
  prohibitedByLaw: Row,
  threeSecuritiesOneStability: Row,
  thirdPartyRights: Row,
  internalAffairs: Row,
  processInformation: Row,
  lawEnforcementFiles: Row,
  administrativeQuery: Row,
})
const UnableToProvide = z.object({ notHeld: Row, needsCreation: Row, stillUnclear: Row })
const NotProcessed = z.object({
  petitionOrComplaint: Row,
  repeated: Row,
  publication: Row,
  excessiveRepeated: Row,
  confirmationRequest: Row,
})

/** 2021 splits （六）其他处理 into three sub-rows; 2019 has one row. */
export const OtherHandling2021 = z.object({ overdueCorrection: Row, overdueFee: Row, other: Row })

/** 三、收到和处理政府信息公开申请情况 (both versions; otherHandling differs). */
export const Applications = z.object({
  rows: z.object({
    newlyReceived: Row,
    carriedOver: Row,
    results: z.object({
      disclosed: Row,
      partiallyDisclosed: Row,
      notDisclosed: NotDisclosed,
      unableToProvide: UnableToProvide,
      notProcessed: NotProcessed,
      otherHandling: z.union([OtherHandling2021, Row]),
      total: Row,
    }),
    carriedForward: Row,
  }),
})

/** 四、政府信息公开行政复议、行政诉讼情况. */
export const ReviewLitigation = z.object({
  administrativeReview: Outcomes,
  litigationWithoutReview: Outcomes,
  litigationAfterReview: Outcomes,
})
