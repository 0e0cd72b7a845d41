import { useSearchParams } from 'react-router';
import { currentTrainingYear, trainingParamsFromSearch, trainingYears } from './training-params';

/** The page's year and page from the address; choosing another year starts at its first page. */
export function useTrainingParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const current = currentTrainingYear();
  const { year, page } = trainingParamsFromSearch(searchParams, current);
  const setYear = (next: number) => setSearchParams({ year: String(next) });
  const setPage = (next: number) =>
    setSearchParams({ year: String(year), ...(next > 1 ? { page: String(next) } : {}) });
  return { year, page, years: trainingYears(current), setYear, setPage };
}
