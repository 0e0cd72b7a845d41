// Dates in Chinese (月份, 周一 first) for the date pickers and dayjs formats. Imported by the
// protected layout, before any page with a date picker: the login page does without dayjs (issue 19).
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';

dayjs.locale('zh-cn');
