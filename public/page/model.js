// @ts-check
// Written by `npm run types` from src/model (scripts/lib/page-model.ts); do not edit.
/** The three tables of each format version as the page prints them, from the one model (src/model). */

/**
 * @typedef {{ key: string, label: string, kind: 'count' | 'signed' | 'amount', group?: string, unitKey?: string }} PageColumn
 * @typedef {{ th: string, colspan?: number, rowspan?: number, scope: 'col' | 'colgroup' }} PageHeadCell
 * @typedef {{ title: string, rows: number }} PageGroup
 * @typedef {{ path: string, numbering: string, label: string, name: string, depth: number, opens: PageGroup[], columns: readonly PageColumn[] }} PageRow
 * @typedef {{ title?: string, head: PageHeadCell[][], rows: PageRow[] }} PageBlock
 * @typedef {{ key: 'activeDisclosure' | 'applications' | 'reviewLitigation', caption: string, inline: boolean, width: number, corner: string[], blocks: PageBlock[] }} PageTable
 * @typedef {{ activeDisclosure: PageTable, applications: PageTable, reviewLitigation: PageTable }} PageModel
 */

/** @type {readonly PageColumn[]} */
const COLUMNS_1 = [
  {"key":"produced","label":"本年新制作数量","kind":"count"},
  {"key":"published","label":"本年新公开数量","kind":"count"},
  {"key":"totalPublished","label":"对外公开总数量","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_2 = [
  {"key":"previousYearItems","label":"上一年项目数量","kind":"count"},
  {"key":"change","label":"本年增/减","kind":"signed"},
  {"key":"decisions","label":"处理决定数量","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_3 = [
  {"key":"previousYearItems","label":"上一年项目数量","kind":"count"},
  {"key":"change","label":"本年增/减","kind":"signed"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_4 = [
  {"key":"projects","label":"采购项目数量","kind":"count"},
  {"key":"amount","label":"采购总金额","kind":"amount","unitKey":"amountUnit"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_5 = [
  {"key":"naturalPerson","label":"自然人","kind":"count"},
  {"key":"commercialEnterprise","label":"商业企业","kind":"count","group":"法人或其他组织"},
  {"key":"researchInstitution","label":"科研机构","kind":"count","group":"法人或其他组织"},
  {"key":"socialWelfareOrganization","label":"社会公益组织","kind":"count","group":"法人或其他组织"},
  {"key":"legalServiceAgency","label":"法律服务机构","kind":"count","group":"法人或其他组织"},
  {"key":"otherOrganization","label":"其他","kind":"count","group":"法人或其他组织"},
  {"key":"total","label":"总计","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_6 = [
  {"key":"upheld","label":"结果维持","kind":"count"},
  {"key":"corrected","label":"结果纠正","kind":"count"},
  {"key":"other","label":"其他结果","kind":"count"},
  {"key":"pending","label":"尚未审结","kind":"count"},
  {"key":"total","label":"总计","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_7 = [
  {"key":"issued","label":"本年制发件数","kind":"count"},
  {"key":"repealed","label":"本年废止件数","kind":"count"},
  {"key":"inForce","label":"现行有效件数","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_8 = [
  {"key":"decisions","label":"本年处理决定数量","kind":"count"},
]

/** @type {readonly PageColumn[]} */
const COLUMNS_9 = [
  {"key":"amount","label":"本年收费金额（单位：万元）","kind":"amount"},
]

/** Format 2019. @type {PageModel} */
export const MODEL_2019 = {
  activeDisclosure: {
    key: "activeDisclosure",
    caption: "二、主动公开政府信息情况",
    inline: false,
    width: 3,
    corner: ["信息内容"],
    blocks: [
      {
        title: "第二十条第（一）项",
        head: [
          [{"th":"本年新制作数量","scope":"col"},{"th":"本年新公开数量","scope":"col"},{"th":"对外公开总数量","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.regulations","numbering":"","label":"规章","name":"规章","depth":0,"opens":[],"columns":COLUMNS_1},
          {"path":"activeDisclosure.normativeDocuments","numbering":"","label":"规范性文件","name":"规范性文件","depth":0,"opens":[],"columns":COLUMNS_1},
        ],
      },
      {
        title: "第二十条第（五）项",
        head: [
          [{"th":"上一年项目数量","scope":"col"},{"th":"本年增/减","scope":"col"},{"th":"处理决定数量","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativeLicensing","numbering":"","label":"行政许可","name":"行政许可","depth":0,"opens":[],"columns":COLUMNS_2},
          {"path":"activeDisclosure.otherExternalServices","numbering":"","label":"其他对外管理服务事项","name":"其他对外管理服务事项","depth":0,"opens":[],"columns":COLUMNS_2},
        ],
      },
      {
        title: "第二十条第（六）项",
        head: [
          [{"th":"上一年项目数量","scope":"col"},{"th":"本年增/减","scope":"col"},{"th":"处理决定数量","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativePunishment","numbering":"","label":"行政处罚","name":"行政处罚","depth":0,"opens":[],"columns":COLUMNS_2},
          {"path":"activeDisclosure.administrativeCoercion","numbering":"","label":"行政强制","name":"行政强制","depth":0,"opens":[],"columns":COLUMNS_2},
        ],
      },
      {
        title: "第二十条第（八）项",
        head: [
          [{"th":"上一年项目数量","scope":"col"},{"th":"本年增/减","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativeFees","numbering":"","label":"行政事业性收费","name":"行政事业性收费","depth":0,"opens":[],"columns":COLUMNS_3},
        ],
      },
      {
        title: "第二十条第（九）项",
        head: [
          [{"th":"采购项目数量","scope":"col"},{"th":"采购总金额","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.centralizedProcurement","numbering":"","label":"政府集中采购","name":"政府集中采购","depth":0,"opens":[],"columns":COLUMNS_4},
        ],
      },
    ],
  },
  applications: {
    key: "applications",
    caption: "三、收到和处理政府信息公开申请情况",
    inline: false,
    width: 7,
    corner: ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"],
    blocks: [
      {
        head: [
          [{"th":"申请人情况","colspan":7,"scope":"colgroup"}],
          [{"th":"自然人","rowspan":2,"scope":"col"},{"th":"法人或其他组织","colspan":5,"scope":"colgroup"},{"th":"总计","rowspan":2,"scope":"col"}],
          [{"th":"商业企业","scope":"col"},{"th":"科研机构","scope":"col"},{"th":"社会公益组织","scope":"col"},{"th":"法律服务机构","scope":"col"},{"th":"其他","scope":"col"}],
        ],
        rows: [
          {"path":"applications.rows.newlyReceived","numbering":"一、","label":"本年新收政府信息公开申请数量","name":"一、本年新收政府信息公开申请数量","depth":0,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.carriedOver","numbering":"二、","label":"上年结转政府信息公开申请数量","name":"二、上年结转政府信息公开申请数量","depth":0,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.disclosed","numbering":"（一）","label":"予以公开","name":"（一）予以公开","depth":1,"opens":[{"title":"三、本年度办理结果","rows":20}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.partiallyDisclosed","numbering":"（二）","label":"部分公开（区分处理的，只计这一情形，不计其他情形）","name":"（二）部分公开（区分处理的，只计这一情形，不计其他情形）","depth":1,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.stateSecret","numbering":"1.","label":"属于国家秘密","name":"（三）不予公开 1.属于国家秘密","depth":2,"opens":[{"title":"（三）不予公开","rows":8}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.prohibitedByLaw","numbering":"2.","label":"其他法律行政法规禁止公开","name":"（三）不予公开 2.其他法律行政法规禁止公开","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.threeSecuritiesOneStability","numbering":"3.","label":"危及“三安全一稳定”","name":"（三）不予公开 3.危及“三安全一稳定”","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.thirdPartyRights","numbering":"4.","label":"保护第三方合法权益","name":"（三）不予公开 4.保护第三方合法权益","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.internalAffairs","numbering":"5.","label":"属于三类内部事务信息","name":"（三）不予公开 5.属于三类内部事务信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.processInformation","numbering":"6.","label":"属于四类过程性信息","name":"（三）不予公开 6.属于四类过程性信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.lawEnforcementFiles","numbering":"7.","label":"属于行政执法案卷","name":"（三）不予公开 7.属于行政执法案卷","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.administrativeQuery","numbering":"8.","label":"属于行政查询事项","name":"（三）不予公开 8.属于行政查询事项","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.notHeld","numbering":"1.","label":"本机关不掌握相关政府信息","name":"（四）无法提供 1.本机关不掌握相关政府信息","depth":2,"opens":[{"title":"（四）无法提供","rows":3}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.needsCreation","numbering":"2.","label":"没有现成信息需另行制作","name":"（四）无法提供 2.没有现成信息需另行制作","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.stillUnclear","numbering":"3.","label":"补正后申请内容仍不明确","name":"（四）无法提供 3.补正后申请内容仍不明确","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.petitionOrComplaint","numbering":"1.","label":"信访举报投诉类申请","name":"（五）不予处理 1.信访举报投诉类申请","depth":2,"opens":[{"title":"（五）不予处理","rows":5}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.repeated","numbering":"2.","label":"重复申请","name":"（五）不予处理 2.重复申请","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.publication","numbering":"3.","label":"要求提供公开出版物","name":"（五）不予处理 3.要求提供公开出版物","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.excessiveRepeated","numbering":"4.","label":"无正当理由大量反复申请","name":"（五）不予处理 4.无正当理由大量反复申请","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.confirmationRequest","numbering":"5.","label":"要求行政机关确认或重新出具已获取信息","name":"（五）不予处理 5.要求行政机关确认或重新出具已获取信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.otherHandling","numbering":"（六）","label":"其他处理","name":"（六）其他处理","depth":1,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.total","numbering":"（七）","label":"总计","name":"（七）总计","depth":1,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.carriedForward","numbering":"四、","label":"结转下年度继续办理","name":"四、结转下年度继续办理","depth":0,"opens":[],"columns":COLUMNS_5},
        ],
      },
    ],
  },
  reviewLitigation: {
    key: "reviewLitigation",
    caption: "四、政府信息公开行政复议、行政诉讼情况",
    inline: true,
    width: 15,
    corner: [],
    blocks: [
      {
        head: [
          [{"th":"行政复议","colspan":5,"scope":"colgroup"},{"th":"行政诉讼","colspan":10,"scope":"colgroup"}],
          [{"th":"结果维持","rowspan":2,"scope":"col"},{"th":"结果纠正","rowspan":2,"scope":"col"},{"th":"其他结果","rowspan":2,"scope":"col"},{"th":"尚未审结","rowspan":2,"scope":"col"},{"th":"总计","rowspan":2,"scope":"col"},{"th":"未经复议直接起诉","colspan":5,"scope":"colgroup"},{"th":"复议后起诉","colspan":5,"scope":"colgroup"}],
          [{"th":"结果维持","scope":"col"},{"th":"结果纠正","scope":"col"},{"th":"其他结果","scope":"col"},{"th":"尚未审结","scope":"col"},{"th":"总计","scope":"col"},{"th":"结果维持","scope":"col"},{"th":"结果纠正","scope":"col"},{"th":"其他结果","scope":"col"},{"th":"尚未审结","scope":"col"},{"th":"总计","scope":"col"}],
        ],
        rows: [
          {"path":"reviewLitigation.administrativeReview","numbering":"","label":"行政复议","name":"行政复议","depth":0,"opens":[],"columns":COLUMNS_6},
          {"path":"reviewLitigation.litigationWithoutReview","numbering":"","label":"未经复议直接起诉","name":"行政诉讼 未经复议直接起诉","depth":1,"opens":[{"title":"行政诉讼","rows":2}],"columns":COLUMNS_6},
          {"path":"reviewLitigation.litigationAfterReview","numbering":"","label":"复议后起诉","name":"行政诉讼 复议后起诉","depth":1,"opens":[],"columns":COLUMNS_6},
        ],
      },
    ],
  },
}

/** Format 2021. @type {PageModel} */
export const MODEL_2021 = {
  activeDisclosure: {
    key: "activeDisclosure",
    caption: "二、主动公开政府信息情况",
    inline: false,
    width: 3,
    corner: ["信息内容"],
    blocks: [
      {
        title: "第二十条第（一）项",
        head: [
          [{"th":"本年制发件数","scope":"col"},{"th":"本年废止件数","scope":"col"},{"th":"现行有效件数","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.regulations","numbering":"","label":"规章","name":"规章","depth":0,"opens":[],"columns":COLUMNS_7},
          {"path":"activeDisclosure.normativeDocuments","numbering":"","label":"行政规范性文件","name":"行政规范性文件","depth":0,"opens":[],"columns":COLUMNS_7},
        ],
      },
      {
        title: "第二十条第（五）项",
        head: [
          [{"th":"本年处理决定数量","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativeLicensing","numbering":"","label":"行政许可","name":"行政许可","depth":0,"opens":[],"columns":COLUMNS_8},
        ],
      },
      {
        title: "第二十条第（六）项",
        head: [
          [{"th":"本年处理决定数量","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativePunishment","numbering":"","label":"行政处罚","name":"行政处罚","depth":0,"opens":[],"columns":COLUMNS_8},
          {"path":"activeDisclosure.administrativeCoercion","numbering":"","label":"行政强制","name":"行政强制","depth":0,"opens":[],"columns":COLUMNS_8},
        ],
      },
      {
        title: "第二十条第（八）项",
        head: [
          [{"th":"本年收费金额（单位：万元）","scope":"col"}],
        ],
        rows: [
          {"path":"activeDisclosure.administrativeFees","numbering":"","label":"行政事业性收费","name":"行政事业性收费","depth":0,"opens":[],"columns":COLUMNS_9},
        ],
      },
    ],
  },
  applications: {
    key: "applications",
    caption: "三、收到和处理政府信息公开申请情况",
    inline: false,
    width: 7,
    corner: ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"],
    blocks: [
      {
        head: [
          [{"th":"申请人情况","colspan":7,"scope":"colgroup"}],
          [{"th":"自然人","rowspan":2,"scope":"col"},{"th":"法人或其他组织","colspan":5,"scope":"colgroup"},{"th":"总计","rowspan":2,"scope":"col"}],
          [{"th":"商业企业","scope":"col"},{"th":"科研机构","scope":"col"},{"th":"社会公益组织","scope":"col"},{"th":"法律服务机构","scope":"col"},{"th":"其他","scope":"col"}],
        ],
        rows: [
          {"path":"applications.rows.newlyReceived","numbering":"一、","label":"本年新收政府信息公开申请数量","name":"一、本年新收政府信息公开申请数量","depth":0,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.carriedOver","numbering":"二、","label":"上年结转政府信息公开申请数量","name":"二、上年结转政府信息公开申请数量","depth":0,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.disclosed","numbering":"（一）","label":"予以公开","name":"（一）予以公开","depth":1,"opens":[{"title":"三、本年度办理结果","rows":22}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.partiallyDisclosed","numbering":"（二）","label":"部分公开（区分处理的，只计这一情形，不计其他情形）","name":"（二）部分公开（区分处理的，只计这一情形，不计其他情形）","depth":1,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.stateSecret","numbering":"1.","label":"属于国家秘密","name":"（三）不予公开 1.属于国家秘密","depth":2,"opens":[{"title":"（三）不予公开","rows":8}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.prohibitedByLaw","numbering":"2.","label":"其他法律行政法规禁止公开","name":"（三）不予公开 2.其他法律行政法规禁止公开","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.threeSecuritiesOneStability","numbering":"3.","label":"危及“三安全一稳定”","name":"（三）不予公开 3.危及“三安全一稳定”","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.thirdPartyRights","numbering":"4.","label":"保护第三方合法权益","name":"（三）不予公开 4.保护第三方合法权益","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.internalAffairs","numbering":"5.","label":"属于三类内部事务信息","name":"（三）不予公开 5.属于三类内部事务信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.processInformation","numbering":"6.","label":"属于四类过程性信息","name":"（三）不予公开 6.属于四类过程性信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.lawEnforcementFiles","numbering":"7.","label":"属于行政执法案卷","name":"（三）不予公开 7.属于行政执法案卷","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notDisclosed.administrativeQuery","numbering":"8.","label":"属于行政查询事项","name":"（三）不予公开 8.属于行政查询事项","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.notHeld","numbering":"1.","label":"本机关不掌握相关政府信息","name":"（四）无法提供 1.本机关不掌握相关政府信息","depth":2,"opens":[{"title":"（四）无法提供","rows":3}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.needsCreation","numbering":"2.","label":"没有现成信息需要另行制作","name":"（四）无法提供 2.没有现成信息需要另行制作","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.unableToProvide.stillUnclear","numbering":"3.","label":"补正后申请内容仍不明确","name":"（四）无法提供 3.补正后申请内容仍不明确","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.petitionOrComplaint","numbering":"1.","label":"信访举报投诉类申请","name":"（五）不予处理 1.信访举报投诉类申请","depth":2,"opens":[{"title":"（五）不予处理","rows":5}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.repeated","numbering":"2.","label":"重复申请","name":"（五）不予处理 2.重复申请","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.publication","numbering":"3.","label":"要求提供公开出版物","name":"（五）不予处理 3.要求提供公开出版物","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.excessiveRepeated","numbering":"4.","label":"无正当理由大量反复申请","name":"（五）不予处理 4.无正当理由大量反复申请","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.notProcessed.confirmationRequest","numbering":"5.","label":"要求行政机关确认或重新出具已获取信息","name":"（五）不予处理 5.要求行政机关确认或重新出具已获取信息","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.otherHandling.overdueCorrection","numbering":"1.","label":"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请","name":"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请","depth":2,"opens":[{"title":"（六）其他处理","rows":3}],"columns":COLUMNS_5},
          {"path":"applications.rows.results.otherHandling.overdueFee","numbering":"2.","label":"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请","name":"（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.otherHandling.other","numbering":"3.","label":"其他","name":"（六）其他处理 3.其他","depth":2,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.results.total","numbering":"（七）","label":"总计","name":"（七）总计","depth":1,"opens":[],"columns":COLUMNS_5},
          {"path":"applications.rows.carriedForward","numbering":"四、","label":"结转下年度继续办理","name":"四、结转下年度继续办理","depth":0,"opens":[],"columns":COLUMNS_5},
        ],
      },
    ],
  },
  reviewLitigation: {
    key: "reviewLitigation",
    caption: "四、政府信息公开行政复议、行政诉讼情况",
    inline: true,
    width: 15,
    corner: [],
    blocks: [
      {
        head: [
          [{"th":"行政复议","colspan":5,"scope":"colgroup"},{"th":"行政诉讼","colspan":10,"scope":"colgroup"}],
          [{"th":"结果维持","rowspan":2,"scope":"col"},{"th":"结果纠正","rowspan":2,"scope":"col"},{"th":"其他结果","rowspan":2,"scope":"col"},{"th":"尚未审结","rowspan":2,"scope":"col"},{"th":"总计","rowspan":2,"scope":"col"},{"th":"未经复议直接起诉","colspan":5,"scope":"colgroup"},{"th":"复议后起诉","colspan":5,"scope":"colgroup"}],
          [{"th":"结果维持","scope":"col"},{"th":"结果纠正","scope":"col"},{"th":"其他结果","scope":"col"},{"th":"尚未审结","scope":"col"},{"th":"总计","scope":"col"},{"th":"结果维持","scope":"col"},{"th":"结果纠正","scope":"col"},{"th":"其他结果","scope":"col"},{"th":"尚未审结","scope":"col"},{"th":"总计","scope":"col"}],
        ],
        rows: [
          {"path":"reviewLitigation.administrativeReview","numbering":"","label":"行政复议","name":"行政复议","depth":0,"opens":[],"columns":COLUMNS_6},
          {"path":"reviewLitigation.litigationWithoutReview","numbering":"","label":"未经复议直接起诉","name":"行政诉讼 未经复议直接起诉","depth":1,"opens":[{"title":"行政诉讼","rows":2}],"columns":COLUMNS_6},
          {"path":"reviewLitigation.litigationAfterReview","numbering":"","label":"复议后起诉","name":"行政诉讼 复议后起诉","depth":1,"opens":[],"columns":COLUMNS_6},
        ],
      },
    ],
  },
}

/** @type {Record<'2019' | '2021', PageModel>} */
export const MODELS = { '2019': MODEL_2019, '2021': MODEL_2021 }
