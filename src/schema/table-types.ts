// Written by `npm run types` from src/model (scripts/lib/table-types.ts); do not edit.

/** 二、主动公开政府信息情况 (format 2019). */
export interface ActiveDisclosure2019Json {
  regulations: {
    produced: number | null
    published: number | null
    totalPublished: number | null
  }
  normativeDocuments: {
    produced: number | null
    published: number | null
    totalPublished: number | null
  }
  administrativeLicensing: {
    previousYearItems: number | null
    change: number | null
    decisions: number | null
  }
  otherExternalServices: {
    previousYearItems: number | null
    change: number | null
    decisions: number | null
  }
  administrativePunishment: {
    previousYearItems: number | null
    change: number | null
    decisions: number | null
  }
  administrativeCoercion: {
    previousYearItems: number | null
    change: number | null
    decisions: number | null
  }
  administrativeFees: {
    previousYearItems: number | null
    change: number | null
  }
  centralizedProcurement: {
    projects: number | null
    amount: number | null
    amountUnit: string | null
  }
}

/** 三、收到和处理政府信息公开申请情况 (format 2019). */
export interface Applications2019Json {
  rows: {
    newlyReceived: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
    carriedOver: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
    results: {
      disclosed: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
      partiallyDisclosed: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
      notDisclosed: {
        stateSecret: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        prohibitedByLaw: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        threeSecuritiesOneStability: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        thirdPartyRights: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        internalAffairs: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        processInformation: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        lawEnforcementFiles: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        administrativeQuery: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      unableToProvide: {
        notHeld: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        needsCreation: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        stillUnclear: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      notProcessed: {
        petitionOrComplaint: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        repeated: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        publication: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        excessiveRepeated: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        confirmationRequest: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      otherHandling: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
      total: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
    }
    carriedForward: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
  }
}

/** 二、主动公开政府信息情况 (format 2021). */
export interface ActiveDisclosure2021Json {
  regulations: {
    issued: number | null
    repealed: number | null
    inForce: number | null
  }
  normativeDocuments: {
    issued: number | null
    repealed: number | null
    inForce: number | null
  }
  administrativeLicensing: {
    decisions: number | null
  }
  administrativePunishment: {
    decisions: number | null
  }
  administrativeCoercion: {
    decisions: number | null
  }
  administrativeFees: {
    amount: number | null
  }
}

/** 三、收到和处理政府信息公开申请情况 (format 2021). */
export interface Applications2021Json {
  rows: {
    newlyReceived: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
    carriedOver: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
    results: {
      disclosed: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
      partiallyDisclosed: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
      notDisclosed: {
        stateSecret: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        prohibitedByLaw: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        threeSecuritiesOneStability: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        thirdPartyRights: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        internalAffairs: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        processInformation: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        lawEnforcementFiles: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        administrativeQuery: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      unableToProvide: {
        notHeld: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        needsCreation: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        stillUnclear: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      notProcessed: {
        petitionOrComplaint: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        repeated: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        publication: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        excessiveRepeated: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        confirmationRequest: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      otherHandling: {
        overdueCorrection: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        overdueFee: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
        other: {
          naturalPerson: number | null
          commercialEnterprise: number | null
          researchInstitution: number | null
          socialWelfareOrganization: number | null
          legalServiceAgency: number | null
          otherOrganization: number | null
          total: number | null
        }
      }
      total: {
        naturalPerson: number | null
        commercialEnterprise: number | null
        researchInstitution: number | null
        socialWelfareOrganization: number | null
        legalServiceAgency: number | null
        otherOrganization: number | null
        total: number | null
      }
    }
    carriedForward: {
      naturalPerson: number | null
      commercialEnterprise: number | null
      researchInstitution: number | null
      socialWelfareOrganization: number | null
      legalServiceAgency: number | null
      otherOrganization: number | null
      total: number | null
    }
  }
}

/** 四、政府信息公开行政复议、行政诉讼情况 (both versions). */
export interface ReviewLitigationJson {
  administrativeReview: {
    upheld: number | null
    corrected: number | null
    other: number | null
    pending: number | null
    total: number | null
  }
  litigationWithoutReview: {
    upheld: number | null
    corrected: number | null
    other: number | null
    pending: number | null
    total: number | null
  }
  litigationAfterReview: {
    upheld: number | null
    corrected: number | null
    other: number | null
    pending: number | null
    total: number | null
  }
}
