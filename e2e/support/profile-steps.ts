import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { birthDateFromIdNumber } from '@lx/shared/id-number';
import { choose, chooseMany, fillFields } from './form-steps.ts';

export const PORTRAIT = path.resolve(import.meta.dirname, '../fixtures/portrait.jpg');

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

/** Step 2: pick a portrait, crop it in the browser and upload the 358×441 result. */
export async function uploadCroppedPhoto(page: Page) {
  await page.getByLabel('选择照片').setInputFiles(PORTRAIT);
  await expect(page.getByRole('group', { name: '裁剪框' })).toBeVisible();
  await page.getByRole('button', { name: /确认裁剪/ }).click();
  await expect(page.getByRole('img', { name: /证件照/ }).first()).toBeVisible();
}

/** Step 3, for the lawyer with this ID number (出生日期 must agree with it). */
export async function fillPersonalStep(page: Page, idNo: string) {
  await choose(page, '婚姻情况', '已婚');
  await choose(page, '居民身份', '大陆居民');
  await fillFields(page, {
    出生日期: birthDateFromIdNumber(idNo),
    参加工作时间: '2008-07-01',
    籍贯: '广东省东江市',
    社会保险号: '441900198503120011',
  });
  await choose(page, '民族', '汉族');
  await chooseMany(page, '政治面貌', ['群众']);
}

export async function fillPracticeStep(page: Page) {
  await fillFields(page, {
    首次执业时间: '2010-05-20',
    首次执业地: '广东省东江市',
    资格证号: 'A20084419001234',
    取得资格日期: '2009-02-10',
    颁发机构: '中华人民共和国司法部',
  });
  await choose(page, '资格证类别', '法律职业资格证书');
  await choose(page, '资格证取得方式', '国家司法考试');
}

export async function fillContactStep(page: Page, mobile: string) {
  await fillFields(page, {
    手机号码: mobile,
    联系地址: '东江市南城区元美路 8 号',
    邮政编码: '523000',
    电子邮箱: 'e2e.lawyer@example.cn',
    紧急联系人: '李四',
    紧急联系人电话: '13900139000',
  });
}

/** Steps 1–6 of 基本信息 with valid data, ending with "确认补全". */
export async function completeBasicInformation(page: Page, mobile: string, idNo: string) {
  await next(page);
  await uploadCroppedPhoto(page);
  await next(page);
  await fillPersonalStep(page, idNo);
  await next(page);
  await fillPracticeStep(page);
  await chooseMany(page, '执业范围', ['劳动争议']);
  await next(page);
  await fillContactStep(page, mobile);
  await next(page);
  await confirmBasicInformation(page);
}

export async function confirmBasicInformation(page: Page) {
  await page.getByRole('checkbox', { name: '我已核实以上信息正确无误' }).check();
  await page.getByRole('button', { name: '确认补全' }).click();
  await expect(page).toHaveURL(/\/profile$/);
}
