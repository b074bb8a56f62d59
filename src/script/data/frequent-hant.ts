// The 200 Traditional characters that stand most often where Simplified text
// has another character, counted over our Simplified corpus converted to
// Traditional (OpenCC cn → tw): together 84 % of all the characters such a
// conversion changes, so about 30 % of the Han characters of a Traditional
// news text and almost none of a Simplified one. They let script detection
// decide a Simplified text without loading OpenCC at all. 著 is left out: it
// is also the Simplified character of 著名.
export const FREQUENT_HANT =
  '業發國實長產進萬資務動強設會經為億區體費濟堅個對場開創穩現醫數險來規點項機總農調續學運養時標優鎮關統決積構內結質電類減環戰領應據計級營際種價將過辦車準護監員風導轉們眾擴戶財與黨於貧貿鄉稅職題難並問網專極額綠間態臺預軍療噸義處後術礎確門團繼報還興協單線負廣當習範權勢讓別這達衛兩帶試籌劃嚴製補參條貨聯綜記貫責舉縣藥復氣幹爾脫組斷貸顯備徹係爭給從層傳銷揮觀畝認汙節變頭佔隊裝擔佈遊驗執維證況鐵壓債華輸繳';
