// A year that frames a sentence (2019年，新签约落地项目10个…) is attached to its
// figures as `period`.
const FRAME = /^(?:截至|截止|到|至|在|自)?([0-9０-９]{4}年(?:[0-9０-９]{1,2}月(?:份|底|末)?)?(?:上半年|下半年|全年|前三季度|一季度|二季度|三季度|四季度|底|末)?)(?:以来|期间|内|中)?[，,]/;

export function framingPeriod(sentence: string): string | undefined {
  const m = FRAME.exec(sentence);
  return m ? m[1] : undefined;
}
