// The choice lists of the profile forms, as the member-system manual shows them. Values are the
// Chinese words themselves: they are what is printed on the registration form.

export const ID_TYPES = [
  '身份证',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
] as const;

export const RESIDENCIES = ['大陆居民', '香港居民', '澳门居民', '台湾居民', '外籍人士'] as const;

export const MARITAL_STATUSES = ['未婚', '已婚', '离异', '丧偶'] as const;

export const POLITICAL_AFFILIATIONS = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
] as const;

export const ETHNICITIES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其他',
] as const;

export const QUALIFICATION_TYPES = ['法律职业资格证书', '律师资格证书', '其他'] as const;
export const QUALIFICATION_METHODS = [
  '国家统一法律职业资格考试',
  '国家司法考试',
  '全国律师资格考试',
  '考核授予',
  '其他',
] as const;
export const PROFESSIONAL_TITLES = ['一级律师', '二级律师', '三级律师', '四级律师', '无'] as const;

export const WORKING_LANGUAGES = [
  '普通话',
  '粤语',
  '英语',
  '日语',
  '韩语',
  '法语',
  '德语',
  '俄语',
  '西班牙语',
  '阿拉伯语',
  '其他',
] as const;

export const PRACTICE_AREAS = [
  '民商事诉讼',
  '刑事辩护',
  '行政诉讼',
  '公司法务',
  '金融证券',
  '知识产权',
  '劳动争议',
  '婚姻家事',
  '房地产与建设工程',
  '涉外法律服务',
  '海事海商',
  '税务',
  '破产重组',
  '其他',
] as const;
export const MAX_PRACTICE_AREAS = 3;

export const COUNTRIES = ['国内', '国外'] as const;

// Highest first: the education summary takes the first level and degree found.
export const EDUCATION_LEVELS = [
  '博士研究生',
  '硕士研究生',
  '大学本科',
  '大学专科',
  '中专',
  '高中',
  '其他',
] as const;
export const DEGREES = ['博士', '硕士', '学士', '无'] as const;

export const WORK_CATEGORIES = [
  '律师',
  '法官',
  '检察官',
  '公务员',
  '企业',
  '事业单位',
  '教师',
  '其他',
] as const;

export const FAMILY_RELATIONS = ['配偶', '父亲', '母亲', '子女', '兄弟姐妹', '其他'] as const;

export const AWARD_LEVELS = ['国家级', '省级', '市级', '区县级', '其他'] as const;
export const PUNISHMENT_KINDS = [
  '训诫',
  '通报批评',
  '公开谴责',
  '中止会员权利',
  '取消会员资格',
  '行政处罚',
  '其他',
] as const;

export const POLITICAL_ROLE_KINDS = ['人大代表', '政协委员', '其他'] as const;
export const GOVERNMENT_LEVELS = ['全国', '省级', '市级', '区县级'] as const;

export const PROFICIENCIES = ['精通', '熟练', '一般'] as const;
export const LANGUAGES = [
  '英语',
  '日语',
  '韩语',
  '法语',
  '德语',
  '俄语',
  '西班牙语',
  '阿拉伯语',
  '葡萄牙语',
  '其他',
] as const;

export const AUTHORSHIP_ROLES = ['独著', '合著', '主编', '参编', '译著'] as const;
